using Incidents.Domain.Pages.Branding;

namespace Incidents.Api.PublicStatus.Branding;

/// <summary>What the layout's brand partials read from ViewData["Brand"]: the page's slug and its brand.</summary>
public sealed record PageBrandView(string Slug, PageBranding Branding)
{
    public const string ViewDataKey = "Brand";

    /// <summary>Colours or custom CSS: the page links its brand stylesheet.</summary>
    public bool HasStylesheet =>
        Branding.Colors is not null || Branding.DarkColors is not null || Branding.Css is not null;

    public string AssetUrl(PageAssetKind kind, BrandAsset asset) =>
        Application.Pages.Common.PageBrandAssetDto.UrlOf(Slug, kind, asset.Hash);

    /// <summary>The logo's width at the header's 40px height, from its intrinsic size (none when unknown).</summary>
    public int? LogoWidth =>
        Branding.Logo is { Width: { } w, Height: { } h } && h > 0
            ? Math.Max(1, (int)Math.Round(40.0 * w / h))
            : null;
}
