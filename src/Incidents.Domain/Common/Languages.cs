namespace Incidents.Domain.Common;

/// <summary>
/// The languages the page's own text is written in (resource files exist for each). A page's
/// default language, a subscriber's language and the keys of translated incident text are codes
/// from this list, in lower case.
/// </summary>
public static class Languages
{
    /// <summary>The language of pages, subscribers and untranslated text unless told otherwise.</summary>
    public const string Default = "en";

    public const int CodeMaxLength = 8;

    public static readonly IReadOnlyList<string> Supported = ["en", "de", "fr", "es", "ja"];

    /// <summary>"en, de, fr, es, ja": for messages.</summary>
    public static string List => string.Join(", ", Supported);

    /// <summary>The supported code matching <paramref name="code"/> case-insensitively, or null.</summary>
    public static string? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > CodeMaxLength)
        {
            return null;
        }

        var trimmed = code.Trim();
        foreach (var supported in Supported)
        {
            if (string.Equals(supported, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return supported;
            }
        }

        return null;
    }

    /// <summary>The supported code, or a <see cref="DomainException"/> naming <paramref name="field"/>.</summary>
    public static string Require(string? code, string field) =>
        Find(code) ?? throw new DomainException($"{field} must be one of: {List}.");
}
