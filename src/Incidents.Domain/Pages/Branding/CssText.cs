using System.Globalization;
using System.Text;

namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// CSS as a browser reads it, for checks: comments removed, escapes decoded (<c>u\72l(</c> is
/// <c>url(</c>), lower case. Checks run on this form, so an escape or a comment cannot hide a
/// construct from them; the text served is the operator's own.
/// </summary>
internal static class CssText
{
    public static string Normalize(string css)
    {
        var text = new StringBuilder(css.Length);
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                continue;
            }

            if (c == '\\' && i + 1 < css.Length)
            {
                var hex = 0;
                while (hex < 6 && i + 1 + hex < css.Length && Uri.IsHexDigit(css[i + 1 + hex]))
                {
                    hex++;
                }

                if (hex > 0)
                {
                    var code = int.Parse(
                        css.AsSpan(i + 1, hex),
                        NumberStyles.HexNumber,
                        CultureInfo.InvariantCulture
                    );
                    text.Append(
                        code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
                            ? char.ConvertFromUtf32(code)
                            : "\uFFFD"
                    );
                    i += hex;
                    // One white space after a hex escape belongs to the escape.
                    if (i + 1 < css.Length && css[i + 1] is ' ' or '\t' or '\n' or '\r' or '\f')
                    {
                        i++;
                    }

                    continue;
                }

                if (css[i + 1] is '\n' or '\r' or '\f')
                {
                    i++; // an escaped newline continues a string
                    continue;
                }

                text.Append(css[i + 1]);
                i++;
                continue;
            }

            text.Append(c);
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>The targets of every <c>url(</c> in normalised CSS, quotes and white space removed.</summary>
    public static IEnumerable<string> Urls(string normalized)
    {
        var at = 0;
        while ((at = normalized.IndexOf("url(", at, StringComparison.Ordinal)) >= 0)
        {
            at += 4;
            var end = normalized.IndexOf(')', at);
            var target = end < 0 ? normalized[at..] : normalized[at..end];
            yield return Unquote(target);
        }
    }

    /// <summary>Quotes and white space gone; tabs and newlines anywhere gone too (URL parsers drop them).</summary>
    public static string Unquote(string target)
    {
        var trimmed = target.Trim().Trim('"').Trim('\'').Trim();
        return trimmed
            .Replace("\t", "", StringComparison.Ordinal)
            .Replace("\n", "", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal);
    }
}
