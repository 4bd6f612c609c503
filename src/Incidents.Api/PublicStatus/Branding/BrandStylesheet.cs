using System.Text;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Api.PublicStatus.Branding;

/// <summary>
/// The page's brand stylesheet: its colours as the custom properties status.css already uses, per
/// scheme (light colours only outside dark mode, so a page that set only light ones keeps the
/// default dark look), the accent on the header and links, then the operator's own CSS. A
/// stylesheet rather than inline styles: the page's CSP allows style only from 'self'.
/// </summary>
internal static class BrandStylesheet
{
    public static string Write(PageBranding branding, string? customCss)
    {
        var css = new StringBuilder("/* The page's brand: generated from its settings. */\n");
        Scheme(css, "not (prefers-color-scheme: dark)", branding.Colors);
        Scheme(css, "(prefers-color-scheme: dark)", branding.DarkColors);
        if (branding.Colors?.Accent is not null || branding.DarkColors?.Accent is not null)
        {
            // Where a scheme has no accent the variable is unset there and the default look stays.
            css.Append("header.site { border-bottom: 3px solid var(--accent, var(--line)); }\n")
                .Append(
                    "header.site a, .incident h2 a, .incident h3 a, .pager a, .site-footer a "
                        + "{ color: var(--accent, inherit); }\n"
                );
        }

        if (customCss is not null)
        {
            css.Append("/* The page's own CSS. */\n").Append(customCss).Append('\n');
        }

        return css.ToString();
    }

    private static void Scheme(StringBuilder css, string media, BrandColors? colors)
    {
        if (colors is null)
        {
            return;
        }

        css.Append("@media ").Append(media).Append(" {\n  :root {");
        Property(css, "--accent", colors.Accent);
        Property(css, "--ok", colors.Operational);
        Property(css, "--degraded", colors.DegradedPerformance);
        Property(css, "--partial", colors.PartialOutage);
        Property(css, "--major", colors.MajorOutage);
        Property(css, "--maintenance", colors.UnderMaintenance);
        css.Append(" }\n}\n");
    }

    // Values are #rrggbb, checked by the page (PageBranding): nothing else reaches this text.
    private static void Property(StringBuilder css, string name, string? value)
    {
        if (value is not null)
        {
            css.Append(' ').Append(name).Append(": ").Append(value).Append(';');
        }
    }
}
