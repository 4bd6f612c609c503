using Incidents.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class IncidentRepository(IncidentsDbContext db) : IIncidentRepository
{
    // The root row only: a change appends to the timeline (EF inserts the new update) and every
    // invariant lives on the root, so loading the whole timeline would make each update cost
    // O(timeline) (issue 16).
    public Task<Incident?> GetAsync(
        Guid pageId,
        Guid incidentId,
        CancellationToken cancellationToken
    ) =>
        db.Incidents.FirstOrDefaultAsync(
            i => i.Id == incidentId && i.PageId == pageId,
            cancellationToken
        );

    public async Task<IReadOnlyList<Incident>> ListUnresolvedAffectingAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    )
    {
        var ids = componentIds.ToList();
        return await db
            .Incidents.AsNoTracking()
            .Where(i =>
                i.PageId == pageId
                && i.Status != IncidentStatus.Resolved
                && i.AffectedComponentIds.Any(c => ids.Contains(c))
            )
            .ToListAsync(cancellationToken);
    }

    public Task<Incident?> FindUnresolvedByExternalIdAsync(
        Guid pageId,
        string externalId,
        CancellationToken cancellationToken
    ) =>
        db.Incidents.FirstOrDefaultAsync(
            i => i.PageId == pageId && i.ExternalId == externalId && i.ResolvedAt == null,
            cancellationToken
        );

    public void Add(Incident incident) => db.Incidents.Add(incident);
}
