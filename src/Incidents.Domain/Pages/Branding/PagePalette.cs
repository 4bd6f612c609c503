namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// The backgrounds that brand colours are drawn on, per colour scheme: the page itself and the
/// cards (components, incidents). They mirror <c>wwwroot/status.css</c> (<c>--bg</c>, <c>--card</c>;
/// a test reads the stylesheet so the two cannot drift). Text on a status colour (the banner) is
/// <c>--on-status</c>, which equals the card in light and the page in dark, so these pairs cover it.
/// </summary>
public static class PagePalette
{
    public static readonly IReadOnlyList<(string Name, string Colour)> Light =
    [
        ("light page background", "#f7f8fa"),
        ("light card background", "#ffffff"),
    ];

    public static readonly IReadOnlyList<(string Name, string Colour)> Dark =
    [
        ("dark page background", "#12151b"),
        ("dark card background", "#1b1f27"),
    ];
}
