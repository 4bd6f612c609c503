using Incidents.Application.Common.Models;
using Incidents.Application.Incidents.Queries;
using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class IncidentReadRepository(IncidentsDbContext db) : IIncidentReadRepository
{
    public async Task<IReadOnlyList<string>> ListExternalIdsAsync(
        Guid pageId,
        string prefix,
        CancellationToken cancellationToken
    ) =>
        await db
            .Incidents.Where(i =>
                i.PageId == pageId && i.ExternalId != null && i.ExternalId.StartsWith(prefix)
            )
            .Select(i => i.ExternalId!)
            .ToListAsync(cancellationToken);

    public Task<Incident?> GetAsync(
        Guid pageId,
        Guid incidentId,
        CancellationToken cancellationToken
    ) =>
        db
            .Incidents.AsNoTracking()
            .Include(i => i.Updates)
            .FirstOrDefaultAsync(i => i.Id == incidentId && i.PageId == pageId, cancellationToken);

    public async Task<(IReadOnlyList<Incident> Items, int TotalCount)> ListAsync(
        Guid pageId,
        bool? resolved,
        int page,
        int pageSize,
        CancellationToken cancellationToken,
        bool publishedOnly = false
    )
    {
        var query = db.Incidents.AsNoTracking().Where(i => i.PageId == pageId);
        if (publishedOnly)
        {
            query = query.Where(i => i.IsPublished);
        }

        query = resolved switch
        {
            true => query.Where(i => i.Status == IncidentStatus.Resolved),
            false => query.Where(i => i.Status != IncidentStatus.Resolved),
            null => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(i => i.CreatedAt)
            .ThenByDescending(i => i.Id)
            .Skip(Paging.Offset(page, pageSize))
            .Take(pageSize)
            .Include(i => i.Updates)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
