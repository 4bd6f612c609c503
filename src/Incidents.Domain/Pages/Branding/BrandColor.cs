using System.Globalization;

namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// A colour of the page's brand as <c>#rrggbb</c>, and the WCAG 2.x contrast ratio between two
/// colours (relative luminance of sRGB, https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
/// </summary>
public static class BrandColor
{
    /// <summary>WCAG AA for normal text: the bar every brand colour must clear.</summary>
    public const double MinimumContrast = 4.5;

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Accepts <c>#rgb</c> or <c>#rrggbb</c> (any case); returns the lower-case six-digit form.</summary>
    public static bool TryNormalize(string? value, out string normalized)
    {
        normalized = string.Empty;
        var text = value?.Trim() ?? string.Empty;
        if (
            text.Length is not (4 or 7)
            || text[0] != '#'
            || text.AsSpan(1).ContainsAnyExcept(HexDigits)
        )
        {
            return false;
        }

        normalized =
            text.Length == 4 ? $"#{text[1]}{text[1]}{text[2]}{text[2]}{text[3]}{text[3]}" : text;
        normalized = normalized.ToLowerInvariant();
        return true;
    }

    public static double Contrast(string first, string second)
    {
        var a = Luminance(first);
        var b = Luminance(second);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>The ratio as people write it (4.48:1): truncated, never rounded up past the bar.</summary>
    public static string Format(double ratio) =>
        (Math.Floor(ratio * 100) / 100).ToString("0.00", CultureInfo.InvariantCulture) + ":1";

    private static double Luminance(string hex)
    {
        if (!TryNormalize(hex, out var colour))
        {
            throw new ArgumentException($"'{hex}' is not a #rrggbb colour.", nameof(hex));
        }

        double Channel(int offset)
        {
            var c =
                int.Parse(
                    colour.AsSpan(offset, 2),
                    NumberStyles.HexNumber,
                    CultureInfo.InvariantCulture
                ) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
