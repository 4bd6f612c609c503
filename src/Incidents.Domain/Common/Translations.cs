namespace Incidents.Domain.Common;

/// <summary>
/// Text in other languages beside an original (an update's description, a title): language code →
/// text. The original is written in the page's default language and is what a reader sees when
/// their language has no translation.
/// </summary>
public static class Translations
{
    /// <summary>
    /// Checks and normalises translations given with a text: known language codes (lower-cased),
    /// non-blank texts no longer than the original may be (trimmed). Empty or null → null.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Create(
        IReadOnlyDictionary<string, string?>? texts,
        int maxLength,
        string field
    )
    {
        if (texts is null || texts.Count == 0)
        {
            return null;
        }

        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, text) in texts)
        {
            var language =
                Languages.Find(code)
                ?? throw new DomainException(
                    $"{field}: '{Shorten(code)}' is not a supported language (one of: {Languages.List})."
                );
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new DomainException($"{field}: the '{language}' text is empty.");
            }

            if (text.Length > maxLength)
            {
                throw new DomainException(
                    $"{field}: the '{language}' text must be at most {maxLength} characters."
                );
            }

            if (!result.TryAdd(language, text.Trim()))
            {
                throw new DomainException($"{field}: '{language}' is given twice.");
            }
        }

        return result;
    }

    /// <summary>The text for <paramref name="language"/> when there is one, else the original.</summary>
    public static string Pick(
        string original,
        IReadOnlyDictionary<string, string>? translations,
        string? language
    ) =>
        language is not null
        && translations is not null
        && translations.TryGetValue(language, out var text)
            ? text
            : original;

    private static string Shorten(string? code) =>
        code is null ? string.Empty
        : code.Length > 16 ? code[..16] + "…"
        : code;
}
