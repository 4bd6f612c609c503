using System.Text;
using Incidents.Domain.Common;

namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// The page's own stylesheet, served as a separate file under the page's Content-Security-Policy
/// (which already blocks other origins; the checks here give the operator a clear refusal instead
/// of a page that silently misses its images). Refused: more than 32 KB; <c>@import</c> or
/// <c>url()</c> of another origin (anything with a scheme or starting <c>//</c>, except
/// <c>data:image/…</c>); script in any form (<c>expression(</c>, <c>javascript:</c>, <c>behavior</c>,
/// <c>-moz-binding</c>). Checked on the normalised text (<see cref="CssText"/>), ADR 0132.
/// </summary>
public static class CustomCss
{
    public const int MaxBytes = 32 * 1024;

    private static readonly string[] ScriptConstructs =
    [
        "expression(",
        "javascript:",
        "vbscript:",
        "behavior:",
        "-moz-binding",
    ];

    public static string Validate(string? css)
    {
        if (string.IsNullOrWhiteSpace(css))
        {
            throw new DomainException("Css is required.");
        }

        if (Encoding.UTF8.GetByteCount(css) > MaxBytes)
        {
            throw new DomainException("Custom CSS must be at most 32 KB.");
        }

        var normalized = CssText.Normalize(css);
        foreach (var construct in ScriptConstructs)
        {
            if (normalized.Contains(construct, StringComparison.Ordinal))
            {
                throw new DomainException($"Custom CSS must not contain script ({construct}).");
            }
        }

        foreach (var target in Imports(normalized))
        {
            if (!IsSameOrigin(target))
            {
                throw new DomainException(
                    $"Custom CSS must not @import from other origins ({Excerpt(target)})."
                );
            }
        }

        foreach (var target in CssText.Urls(normalized))
        {
            if (
                !IsSameOrigin(target) && !target.StartsWith("data:image/", StringComparison.Ordinal)
            )
            {
                throw new DomainException(
                    $"Custom CSS must not load url() from other origins ({Excerpt(target)})."
                );
            }
        }

        foreach (var target in ImageSetStrings(normalized))
        {
            if (!IsSameOrigin(target))
            {
                throw new DomainException(
                    $"Custom CSS must not load image-set() from other origins ({Excerpt(target)})."
                );
            }
        }

        return css;
    }

    /// <summary>
    /// A path on this origin: no scheme, not scheme-relative. Browsers read a backslash as a slash
    /// in http(s) URLs, so <c>/\host</c> counts as <c>//host</c>.
    /// </summary>
    private static bool IsSameOrigin(string target)
    {
        var url = target.AsSpan().TrimStart("\0 \f").ToString();
        if (url.Length == 0 || url[0] == '#')
        {
            return true;
        }

        if (url.Length >= 2 && url[0] is '/' or '\\' && url[1] is '/' or '\\')
        {
            return false;
        }

        var colon = url.IndexOf(':');
        var slash = url.AsSpan().IndexOfAny("/\\?#");
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    /// <summary>Targets of <c>@import "x"</c>, <c>@import 'x'</c> and <c>@import url(x)</c>.</summary>
    private static IEnumerable<string> Imports(string normalized)
    {
        var at = 0;
        while ((at = normalized.IndexOf("@import", at, StringComparison.Ordinal)) >= 0)
        {
            at += "@import".Length;
            var rest = normalized.AsSpan(at).TrimStart();
            if (rest.StartsWith("url("))
            {
                continue; // reported by the url() check
            }

            if (rest.Length > 0 && rest[0] is '"' or '\'')
            {
                var close = rest[1..].IndexOf(rest[0]);
                yield return CssText.Unquote(
                    close < 0 ? rest[1..].ToString() : rest.Slice(1, close).ToString()
                );
            }
            else
            {
                // Neither a string nor url(): no browser loads it, but nothing unclear is let through.
                var end = rest.IndexOfAny(';', '\n');
                yield return (end < 0 ? rest : rest[..end]).ToString().Trim();
            }
        }
    }

    /// <summary>Quoted strings inside <c>image-set(…)</c> and <c>-webkit-image-set(…)</c>: URLs without url().</summary>
    private static IEnumerable<string> ImageSetStrings(string normalized)
    {
        var at = 0;
        while ((at = normalized.IndexOf("image-set(", at, StringComparison.Ordinal)) >= 0)
        {
            at += "image-set(".Length;
            var end = normalized.IndexOf(')', at);
            var inside = end < 0 ? normalized[at..] : normalized[at..end];
            // Quoted strings: from an opening quote to the same quote.
            var rest = inside;
            while (rest.AsSpan().IndexOfAny("\"'") is var open and >= 0)
            {
                var close = rest.IndexOf(rest[open], open + 1);
                if (close < 0)
                {
                    yield return CssText.Unquote(rest[(open + 1)..]);
                    break;
                }

                yield return CssText.Unquote(rest[(open + 1)..close]);
                rest = rest[(close + 1)..];
            }
        }
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
