using Incidents.Domain.Pages;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Application.Pages.Common;

/// <summary>Stores an asset's bytes (insert or replace) and records the new version on the page.</summary>
internal static class PageAssetStore
{
    public static async Task<bool> PutAsync(
        IPageAssetRepository assets,
        StatusPage page,
        PageAssetKind kind,
        string contentType,
        byte[] content,
        int? width,
        int? height,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var asset = await assets.FindAsync(page.Id, kind, cancellationToken);
        if (asset is null)
        {
            asset = PageAsset.Create(page.Id, kind, contentType, content, now);
            assets.Add(asset);
        }
        else
        {
            asset.Replace(contentType, content, now);
        }

        return page.SetBrandAsset(
            kind,
            new BrandAsset(contentType, asset.Hash, width, height),
            now
        );
    }
}
