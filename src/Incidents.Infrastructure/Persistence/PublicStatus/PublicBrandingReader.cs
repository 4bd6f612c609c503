using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Pages.Branding;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.PublicStatus;

/// <summary>The brand column by the slug index; an asset by its key. Untracked, one query each.</summary>
internal sealed class PublicBrandingReader(IncidentsDbContext db) : IPublicBrandingReader
{
    public async Task<PageBranding?> FindBrandingAsync(
        string slug,
        CancellationToken cancellationToken
    ) =>
        (
            await db
                .StatusPages.AsNoTracking()
                .Where(p => p.Slug == slug)
                .Select(p => new { p.Branding })
                .FirstOrDefaultAsync(cancellationToken)
        )?.Branding;

    public async Task<PublicBrandAsset?> FindAssetAsync(
        string slug,
        PageAssetKind kind,
        CancellationToken cancellationToken
    ) =>
        await db.Set<PageAsset>()
            .AsNoTracking()
            .Where(a =>
                a.Kind == kind && db.StatusPages.Any(p => p.Id == a.PageId && p.Slug == slug)
            )
            .Select(a => new PublicBrandAsset(a.ContentType, a.Content))
            .FirstOrDefaultAsync(cancellationToken);
}
