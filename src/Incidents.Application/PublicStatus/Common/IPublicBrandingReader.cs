using Incidents.Domain.Pages.Branding;

namespace Incidents.Application.PublicStatus.Common;

/// <summary>Untracked reads of a page's brand for the public side (pages, badge, emails).</summary>
public interface IPublicBrandingReader
{
    /// <summary>The page's brand, or null when no page has <paramref name="slug"/>.</summary>
    Task<PageBranding?> FindBrandingAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The stored bytes of one asset, or null when the page has none (or does not exist).</summary>
    Task<PublicBrandAsset?> FindAssetAsync(
        string slug,
        PageAssetKind kind,
        CancellationToken cancellationToken
    );
}
