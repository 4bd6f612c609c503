using Incidents.Domain.Pages.Branding;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class PageAssetRepository(IncidentsDbContext db) : IPageAssetRepository
{
    public Task<PageAsset?> FindAsync(
        Guid pageId,
        PageAssetKind kind,
        CancellationToken cancellationToken
    ) =>
        db.Set<PageAsset>()
            .FirstOrDefaultAsync(a => a.PageId == pageId && a.Kind == kind, cancellationToken);

    public void Add(PageAsset asset) => db.Set<PageAsset>().Add(asset);

    public void Remove(PageAsset asset) => db.Set<PageAsset>().Remove(asset);
}
