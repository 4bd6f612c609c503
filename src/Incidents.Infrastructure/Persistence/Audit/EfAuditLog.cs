using Incidents.Application.Common.Models;
using Incidents.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Audit;

internal sealed class EfAuditLog(IncidentsDbContext db) : IAuditLog
{
    public void Add(AuditEntry entry) => db.AddNew(entry);

    public async Task<(IReadOnlyList<AuditEntry> Items, int TotalCount)> ListAsync(
        Guid pageId,
        Guid? targetId,
        Guid? actorId,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    )
    {
        var query = db.Set<AuditEntry>().AsNoTracking().Where(e => e.PageId == pageId);
        if (targetId is { } target)
        {
            query = query.Where(e => e.TargetId == target);
        }

        if (actorId is { } actor)
        {
            query = query.Where(e => e.ApiKeyId == actor);
        }

        var total = await query.CountAsync(cancellationToken);
        // Ids are version-7 GUIDs from the same clock: a tiebreak for entries of the same instant.
        var items = await query
            .OrderByDescending(e => e.OccurredAt)
            .ThenByDescending(e => e.Id)
            .Skip(Paging.Offset(page, pageSize))
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
