using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.PublicStatus;

/// <summary>
/// Flat, index-backed queries for the public page: the slug index, (PageId, ChangedAt) and
/// (ComponentId, ChangedAt) on the status history, (PageId, CreatedAt)/(PageId, Status) on incidents.
/// Nothing here scans or ranks a whole table.
/// </summary>
internal sealed class PublicStatusReader(IncidentsDbContext db) : IPublicStatusReader
{
    public Task<PublicPageDto?> FindPageAsync(string slug, CancellationToken cancellationToken) =>
        FindAsync(db.StatusPages.Where(p => p.Slug == slug), cancellationToken);

    public Task<PublicPageDto?> FindPageByIdAsync(
        Guid pageId,
        CancellationToken cancellationToken
    ) => FindAsync(db.StatusPages.Where(p => p.Id == pageId), cancellationToken);

    private static Task<PublicPageDto?> FindAsync(
        IQueryable<StatusPage> pages,
        CancellationToken cancellationToken
    ) =>
        pages
            .AsNoTracking()
            .Select(p => new PublicPageDto(
                p.Id,
                p.Slug,
                p.Name,
                p.CreatedAt,
                p.TimeZone,
                p.Hostnames.OrderBy(h => h.Name).Select(h => h.Name).FirstOrDefault(),
                p.DefaultLanguage
            ))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> ListHostnamesAsync(
        CancellationToken cancellationToken
    )
    {
        // A collection projection (a join), not SelectMany over the owned rows: SQLite has no APPLY.
        var pages = await db
            .StatusPages.AsNoTracking()
            .Where(p => p.Hostnames.Any())
            .Select(p => new { p.Slug, Names = p.Hostnames.Select(h => h.Name).ToList() })
            .ToListAsync(cancellationToken);
        return pages
            .SelectMany(p => p.Names.Select(name => (name, p.Slug)))
            .ToDictionary(h => h.name, h => h.Slug, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Component>> ListComponentsAsync(
        Guid pageId,
        CancellationToken cancellationToken
    ) =>
        await db
            .Components.AsNoTracking()
            .Where(c => c.PageId == pageId)
            .OrderBy(c => c.Group)
            .ThenBy(c => c.DisplayOrder)
            .ThenBy(c => c.Name)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<StatusChangeRow>> ListStatusChangesAsync(
        Guid pageId,
        DateTimeOffset from,
        CancellationToken cancellationToken
    )
    {
        // Scalar subqueries (one index seek per component), not APPLY: SQLite has no APPLY.
        var before = await db
            .Components.AsNoTracking()
            .Where(c => c.PageId == pageId)
            .Select(c => new
            {
                c.Id,
                Status = db
                    .ComponentStatusChanges.Where(x => x.ComponentId == c.Id && x.ChangedAt < from)
                    .OrderByDescending(x => x.ChangedAt)
                    .Select(x => (ComponentStatus?)x.Status)
                    .FirstOrDefault(),
                ChangedAt = db
                    .ComponentStatusChanges.Where(x => x.ComponentId == c.Id && x.ChangedAt < from)
                    .OrderByDescending(x => x.ChangedAt)
                    .Select(x => (DateTimeOffset?)x.ChangedAt)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var inWindow = await db
            .ComponentStatusChanges.AsNoTracking()
            .Where(x => x.PageId == pageId && x.ChangedAt >= from)
            .OrderBy(x => x.ChangedAt)
            .Select(x => new StatusChangeRow(x.ComponentId, x.Status, x.ChangedAt))
            .ToListAsync(cancellationToken);
        return before
            .Where(b => b.Status is not null && b.ChangedAt is not null)
            .Select(b => new StatusChangeRow(b.Id, b.Status!.Value, b.ChangedAt!.Value))
            .Concat(inWindow)
            .ToList();
    }

    public async Task<IReadOnlyList<StatusIntervalRow>> ListStatusIntervalsAsync(
        Guid pageId,
        DateTimeOffset from,
        CancellationToken cancellationToken
    ) =>
        // (PageId, To) index: only the intervals that reach into the window.
        await db
            .ComponentStatusIntervals.AsNoTracking()
            .Where(i => i.PageId == pageId && i.To > from)
            .Select(i => new StatusIntervalRow(i.ComponentId, i.Status, i.From, i.To))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Incident>> ListIncidentsAsync(
        Guid pageId,
        DateTimeOffset from,
        DateTimeOffset? until,
        bool includeUnresolved,
        bool withUpdates,
        CancellationToken cancellationToken
    )
    {
        // Two index-friendly queries rather than one OR: the window by (PageId, CreatedAt), the open
        // ones by (PageId, Status) with equalities (an inequality would scan the page's history).
        var inWindow = db
            .Incidents.AsNoTracking()
            .Where(i => i.PageId == pageId && i.IsPublished && i.CreatedAt >= from);
        if (until is { } end)
        {
            inWindow = inWindow.Where(i => i.CreatedAt < end);
        }

        var incidents = await WithUpdates(inWindow, withUpdates).ToListAsync(cancellationToken);
        if (includeUnresolved)
        {
            var open = db
                .Incidents.AsNoTracking()
                .Where(i =>
                    i.PageId == pageId
                    && i.IsPublished
                    && (
                        i.Status == IncidentStatus.Investigating
                        || i.Status == IncidentStatus.Identified
                        || i.Status == IncidentStatus.Monitoring
                    )
                );
            var known = incidents.Select(i => i.Id).ToHashSet();
            incidents.AddRange(
                (await WithUpdates(open, withUpdates).ToListAsync(cancellationToken)).Where(i =>
                    !known.Contains(i.Id)
                )
            );
        }

        return incidents.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToList();
    }

    public async Task<IReadOnlyList<Incident>> ListIncidentsWithUpdatesAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> incidentIds,
        CancellationToken cancellationToken
    )
    {
        if (incidentIds.Count == 0)
        {
            return [];
        }

        var ids = incidentIds.ToArray();
        return await db
            .Incidents.AsNoTracking()
            .Where(i => i.PageId == pageId && i.IsPublished && ids.Contains(i.Id))
            .Include(i => i.Updates)
            .AsSplitQuery()
            .OrderByDescending(i => i.CreatedAt)
            .ThenByDescending(i => i.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Incident>> ListLatestIncidentsAsync(
        Guid pageId,
        int count,
        CancellationToken cancellationToken
    ) =>
        // The (PageId, CreatedAt) index, read backwards and cut at count.
        await db
            .Incidents.AsNoTracking()
            .Where(i => i.PageId == pageId)
            .OrderByDescending(i => i.CreatedAt)
            .ThenByDescending(i => i.Id)
            .Take(count)
            .Include(i => i.Updates)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Maintenance>> ListLatestMaintenancesAsync(
        Guid pageId,
        int count,
        CancellationToken cancellationToken
    ) =>
        await db
            .Maintenances.AsNoTracking()
            .Where(m => m.PageId == pageId && m.Status != MaintenanceStatus.Cancelled)
            .OrderByDescending(m => m.ScheduledFor)
            .ThenByDescending(m => m.Id)
            .Take(count)
            .Include(m => m.Updates)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    private static IQueryable<Incident> WithUpdates(IQueryable<Incident> query, bool withUpdates) =>
        withUpdates ? query.Include(i => i.Updates).AsSplitQuery() : query;

    public async Task<IReadOnlyList<Maintenance>> ListMaintenancesAsync(
        Guid pageId,
        DateTimeOffset completedSince,
        CancellationToken cancellationToken
    ) =>
        // (PageId, Status, ScheduledFor) index: open ones by status, completed ones bounded by time.
        await db
            .Maintenances.AsNoTracking()
            .Where(m =>
                m.PageId == pageId
                && (
                    m.Status == MaintenanceStatus.Scheduled
                    || m.Status == MaintenanceStatus.InProgress
                    || m.Status == MaintenanceStatus.Verifying
                    || (m.Status == MaintenanceStatus.Completed && m.CompletedAt >= completedSince)
                )
            )
            .OrderBy(m => m.ScheduledFor)
            .ThenBy(m => m.Id)
            .Include(m => m.Updates)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Maintenance>> ListCompletedMaintenancesAsync(
        Guid pageId,
        DateTimeOffset from,
        DateTimeOffset until,
        CancellationToken cancellationToken
    ) =>
        // A range of the (PageId, Status, ScheduledFor) index.
        await db
            .Maintenances.AsNoTracking()
            .Where(m =>
                m.PageId == pageId
                && m.Status == MaintenanceStatus.Completed
                && m.ScheduledFor >= from
                && m.ScheduledFor < until
            )
            .OrderByDescending(m => m.ScheduledFor)
            .ThenByDescending(m => m.Id)
            .Include(m => m.Updates)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
}
