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

    // A filtered include: the root and the one entry being corrected, never the whole timeline.
    public Task<Incident?> GetWithUpdateAsync(
        Guid pageId,
        Guid incidentId,
        Guid updateId,
        CancellationToken cancellationToken
    ) =>
        db
            .Incidents.Include(i => i.Updates.Where(u => u.Id == updateId))
            .FirstOrDefaultAsync(i => i.Id == incidentId && i.PageId == pageId, cancellationToken);

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

    public Task<Guid?> FindUnresolvedIdByExternalIdAsync(
        Guid pageId,
        string externalId,
        CancellationToken cancellationToken
    ) =>
        // The filtered unique index (PageId, ExternalId) WHERE ExternalId IS NOT NULL AND
        // ResolvedAt IS NULL answers this on every provider.
        db
            .Incidents.AsNoTracking()
            .Where(i => i.PageId == pageId && i.ExternalId == externalId && i.ResolvedAt == null)
            .Select(i => (Guid?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<Incident?> FindUnresolvedByExternalIdAsync(
        Guid pageId,
        string externalId,
        CancellationToken cancellationToken
    ) =>
        db.Incidents.FirstOrDefaultAsync(
            i => i.PageId == pageId && i.ExternalId == externalId && i.ResolvedAt == null,
            cancellationToken
        );

    public void Add(Incident incident) => db.AddNew(incident);

    public async Task RemoveAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        // Tracked removals rather than ExecuteDelete: they join the command's one SaveChanges
        // (one transaction with the outbox row of IncidentDeleted). Backfilled intervals and the
        // timeline go by cascade.
        var caused = await db
            .ComponentStatusChanges.Where(c =>
                c.PageId == incident.PageId && c.CausedByIncidentId == incident.Id
            )
            .ToListAsync(cancellationToken);
        db.ComponentStatusChanges.RemoveRange(caused);
        db.Incidents.Remove(incident);
    }
}
