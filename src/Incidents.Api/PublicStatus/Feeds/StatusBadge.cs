using System.Globalization;
using System.Net;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Api.PublicStatus.Feeds;

/// <summary>A flat shields-style SVG: "status | All Systems Operational", coloured by indicator.</summary>
internal static class StatusBadge
{
    /// <param name="brand">The page's light-scheme colours, if it set any: they pass 4.5:1 against white, the badge's text.</param>
    public static string Svg(string description, string indicator, BrandColors? brand = null)
    {
        const string label = "status";
        var branded = indicator switch
        {
            "none" => brand?.Operational,
            "minor" => brand?.DegradedPerformance,
            "major" => brand?.PartialOutage,
            "critical" => brand?.MajorOutage,
            "maintenance" => brand?.UnderMaintenance,
            _ => null,
        };
        var colour =
            branded
            ?? indicator switch
            {
                "none" => "#2e7d32",
                "minor" => "#b26a00",
                "major" => "#c75000",
                "critical" => "#c62828",
                "maintenance" => "#1565c0",
                _ => "#616161",
            };
        // ~7px per character of Verdana 11px: good enough for a badge.
        var left = 10 + (label.Length * 7);
        var right = 10 + (description.Length * 7);
        var text = WebUtility.HtmlEncode(description);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{left
                + right}" height="20" role="img" aria-label="{label}: {text}"><title>{label}: {text}</title><rect width="{left}" height="20" fill="#555"/><rect x="{left}" width="{right}" height="20" fill="{colour}"/><g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle"><text x="{left
                / 2}" y="14">{label}</text><text x="{left
                + (right / 2)}" y="14">{text}</text></g></svg>
            """
        );
    }
}
