namespace Incidents.Domain.Pages.Branding;

public interface IPageAssetRepository
{
    Task<PageAsset?> FindAsync(
        Guid pageId,
        PageAssetKind kind,
        CancellationToken cancellationToken
    );

    void Add(PageAsset asset);

    void Remove(PageAsset asset);
}
