using System.Text.RegularExpressions;

namespace Incidents.Domain.Templates;

/// <summary>
/// The placeholders a template's Title and Description may use, checked when the template is saved
/// and filled in one pass when it is used. A value is inserted as plain text and never scanned
/// again, so a component named "{{started_at}}" stays that literal text (ADR 0065).
/// </summary>
public static partial class TemplatePlaceholders
{
    public const string Component = "component";
    public const string StartedAt = "started_at";
    public const string EndsAt = "ends_at";
    public const string Status = "status";
    public const string Impact = "impact";

    /// <summary>The names each kind knows, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Known(TemplateKind kind) =>
        kind == TemplateKind.Incident
            ? [Component, StartedAt, Status, Impact]
            : [Component, StartedAt, EndsAt];

    /// <summary>The first placeholder in <paramref name="text"/> that <paramref name="kind"/> does not know, or null.</summary>
    public static string? FirstUnknown(string? text, TemplateKind kind)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var known = Known(kind);
        foreach (Match match in Placeholder().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Replaces every known placeholder by its value (a missing value renders as empty text).</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder()
            .Replace(
                text,
                match =>
                    values.TryGetValue(match.Groups["name"].Value, out var value)
                        ? value
                        : string.Empty
            );
    }

    /// <summary>"{{ name }}": anything between double braces is a placeholder; spaces around the name are allowed.</summary>
    [GeneratedRegex(@"\{\{\s*(?<name>[^{}]*?)\s*\}\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Placeholder();
}
