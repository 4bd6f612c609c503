using System.Text.RegularExpressions;
using Incidents.Api.Tests.Deployment;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// The backgrounds brand colours are checked against (Domain's PagePalette) are the ones
/// status.css draws: a change of the stylesheet's --bg or --card fails here until the palette follows.
/// </summary>
public sealed partial class PagePaletteTests
{
    [Fact]
    public void Palette_IsTheStylesheetsBackgrounds_InLightAndDark()
    {
        var css = File.ReadAllText(RepositoryFiles.PathOf("src/Incidents.Api/wwwroot/status.css"));
        var dark = css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal);
        Assert.True(dark > 0);

        string Colour(string name, bool inDark)
        {
            var part = inDark ? css[dark..] : css[..dark];
            var value = Variable()
                .Matches(part)
                .First(m => m.Groups[1].Value == name)
                .Groups[2]
                .Value;
            Assert.True(BrandColor.TryNormalize(value, out var colour), value);
            return colour;
        }

        Assert.Equal(
            [
                ("light page background", Colour("bg", false)),
                ("light card background", Colour("card", false)),
            ],
            PagePalette.Light
        );
        Assert.Equal(
            [
                ("dark page background", Colour("bg", true)),
                ("dark card background", Colour("card", true)),
            ],
            PagePalette.Dark
        );
    }

    [GeneratedRegex(@"--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})")]
    private static partial Regex Variable();
}
