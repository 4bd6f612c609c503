using Incidents.Domain.Pages.Branding;

namespace Incidents.Application.Pages.Common;

/// <summary>The page's brand as the admin API shows it; assets by their public URL (versioned by hash).</summary>
public sealed record PageBrandingDto(
    BrandColors? Colors,
    BrandColors? DarkColors,
    IReadOnlyList<HeaderLink> HeaderLinks,
    string? FooterText,
    PageBrandAssetDto? Logo,
    PageBrandAssetDto? Favicon,
    PageBrandAssetDto? Css
)
{
    public static PageBrandingDto From(string slug, PageBranding branding)
    {
        ArgumentNullException.ThrowIfNull(branding);
        PageBrandAssetDto? Asset(PageAssetKind kind) =>
            branding.Asset(kind) is { } asset
                ? new PageBrandAssetDto(
                    asset.ContentType,
                    PageBrandAssetDto.UrlOf(slug, kind, asset.Hash),
                    asset.Width,
                    asset.Height
                )
                : null;

        return new PageBrandingDto(
            branding.Colors,
            branding.DarkColors,
            branding.Links,
            branding.FooterText,
            Asset(PageAssetKind.Logo),
            Asset(PageAssetKind.Favicon),
            Asset(PageAssetKind.Css)
        );
    }
}
