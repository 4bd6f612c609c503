using Incidents.Domain.Common;
using Incidents.Domain.Pages;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Domain.Tests.Pages.Branding;

public class PageBrandingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static StatusPage Page() => StatusPage.Create("acme", "Acme", Now);

    [Theory]
    [InlineData("#ffffff", "#000000", 21.0)]
    [InlineData("#fff", "#fff", 1.0)]
    [InlineData("#2e7d32", "#ffffff", 5.13)]
    public void Contrast_IsTheWcagRatio(string first, string second, double expected)
    {
        Assert.Equal(expected, BrandColor.Contrast(first, second), 2);
    }

    [Fact]
    public void ChangeBranding_WhenColoursPassAA_StoresThemNormalisedAndRaisesAnEvent()
    {
        var page = Page();

        var changed = page.ChangeBranding(
            new BrandColors(Accent: "#1A5FB4", Operational: "#2e7d32"),
            new BrandColors(Accent: "#8fb8ff"),
            [new HeaderLink(" Home ", "https://example.com")],
            "Made by **Acme**",
            Now
        );

        Assert.True(changed);
        Assert.Equal("#1a5fb4", page.Branding.Colors!.Accent);
        Assert.Equal("#8fb8ff", page.Branding.DarkColors!.Accent);
        Assert.Equal([new HeaderLink("Home", "https://example.com/")], page.Branding.Links);
        Assert.IsType<PageBrandingChanged>(Assert.Single(page.DomainEvents));
    }

    [Fact]
    public void ChangeBranding_WhenTheSameAgain_ChangesNothingAndRaisesNothing()
    {
        var page = Page();
        page.ChangeBranding(new BrandColors(Accent: "#1a5fb4"), null, null, null, Now);
        page.ClearDomainEvents();

        var changed = page.ChangeBranding(
            new BrandColors(Accent: "#1A5FB4"),
            new BrandColors(),
            [],
            " ",
            Now
        );

        Assert.False(changed);
        Assert.Empty(page.DomainEvents);
    }

    [Theory]
    [InlineData(
        "#7fb3ff",
        null,
        "Colors.Accent #7fb3ff on the light page background #f7f8fa has a contrast of 2.01:1; WCAG AA needs at least 4.5:1."
    )]
    [InlineData(
        null,
        "#1a5fb4",
        "DarkColors.Accent #1a5fb4 on the dark page background #12151b has a contrast of 2.90:1; WCAG AA needs at least 4.5:1."
    )]
    [InlineData(
        "#767676",
        null,
        "Colors.Accent #767676 on the light page background #f7f8fa has a contrast of 4.27:1; WCAG AA needs at least 4.5:1."
    )]
    public void ChangeBranding_WhenAColourFailsAA_IsRefusedNamingThePair(
        string? light,
        string? dark,
        string message
    )
    {
        var page = Page();

        var refused = Assert.Throws<DomainException>(() =>
            page.ChangeBranding(
                light is null ? null : new BrandColors(Accent: light),
                dark is null ? null : new BrandColors(Accent: dark),
                null,
                null,
                Now
            )
        );

        Assert.Equal(message, refused.Message);
        Assert.Same(PageBranding.None, page.Branding);
        Assert.Empty(page.DomainEvents);
    }

    [Fact]
    public void ChangeBranding_WhenAStatusColourFailsOnTheCard_NamesTheCard()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Page().ChangeBranding(new BrandColors(Operational: "#43a047"), null, null, null, Now)
        );

        Assert.StartsWith(
            "Colors.Operational #43a047 on the light page background",
            refused.Message
        );
    }

    [Theory]
    [InlineData("blue", "Colors.Accent must be a colour such as #1a73e8.")]
    [InlineData("#12345", "Colors.Accent must be a colour such as #1a73e8.")]
    public void ChangeBranding_WhenNotAColour_IsRefused(string colour, string message)
    {
        var refused = Assert.Throws<DomainException>(() =>
            Page().ChangeBranding(new BrandColors(Accent: colour), null, null, null, Now)
        );

        Assert.Equal(message, refused.Message);
    }

    [Theory]
    [InlineData(
        "http://example.com",
        "HeaderLinks[0].Url must be an absolute https URL of at most 500 characters."
    )]
    [InlineData(
        "javascript:alert(1)",
        "HeaderLinks[0].Url must be an absolute https URL of at most 500 characters."
    )]
    [InlineData(
        "/relative",
        "HeaderLinks[0].Url must be an absolute https URL of at most 500 characters."
    )]
    public void ChangeBranding_WhenALinkIsNotHttps_IsRefused(string url, string message)
    {
        var refused = Assert.Throws<DomainException>(() =>
            Page().ChangeBranding(null, null, [new HeaderLink("Home", url)], null, Now)
        );

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void ChangeBranding_WhenSixLinks_IsRefused()
    {
        var links = Enumerable
            .Range(1, 6)
            .Select(i => new HeaderLink($"L{i}", $"https://example.com/{i}"))
            .ToList();

        var refused = Assert.Throws<DomainException>(() =>
            Page().ChangeBranding(null, null, links, null, Now)
        );

        Assert.Equal("A page can have at most 5 header links.", refused.Message);
    }

    [Fact]
    public void RemoveBrandAsset_WhenNoneIsSet_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Page().RemoveBrandAsset(PageAssetKind.Logo, Now)
        );

        Assert.Equal("The page has no logo.", refused.Message);
    }

    [Fact]
    public void SetBrandAsset_WhenTheSameVersion_ChangesNothing()
    {
        var page = Page();
        var asset = new BrandAsset("image/png", "0011223344556677", 1, 1);
        page.SetBrandAsset(PageAssetKind.Logo, asset, Now);

        Assert.False(page.SetBrandAsset(PageAssetKind.Logo, asset with { }, Now));
        Assert.Single(page.DomainEvents);
    }
}
