using System.Collections.Frozen;
using System.Text;

namespace Incidents.Application.Common.Vocabulary;

/// <summary>
/// The seed's words for enum values: written in display form ("Major Outage"), read leniently
/// (case-insensitive; spaces, underscores and hyphens ignored: "major_outage", "MajorOutage").
/// </summary>
public static class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> DisplayNames = Enum.GetValues<TEnum>()
        .ToFrozenDictionary(v => v, v => SplitWords(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> ByNormalizedName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => Normalize(v.ToString()), v => v);

    /// <summary>"Investigating, Identified, Monitoring, Resolved".</summary>
    public static string AllowedValues { get; } = List(Enum.GetValues<TEnum>());

    public static string Display(TEnum value) => DisplayNames[value];

    /// <summary>The display forms of <paramref name="values"/>, comma-separated, in the order given.</summary>
    public static string List(IEnumerable<TEnum> values) =>
        string.Join(", ", values.Select(v => DisplayNames[v]));

    public static bool TryParse(string? text, out TEnum value)
    {
        value = default;
        return text is not null && ByNormalizedName.TryGetValue(Normalize(text), out value);
    }

    public static TEnum Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new ArgumentException($"'{text}' is not a {typeof(TEnum).Name}.", nameof(text));

    /// <summary>Null or blank stays null; anything else must parse.</summary>
    public static TEnum? ParseOptional(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Parse(text);

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (' ' or '_' or '-'))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string SplitWords(string pascalCase)
    {
        var builder = new StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascalCase[i]))
            {
                builder.Append(' ');
            }

            builder.Append(pascalCase[i]);
        }

        return builder.ToString();
    }
}
