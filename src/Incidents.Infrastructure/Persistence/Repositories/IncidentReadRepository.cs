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

        if (resolved == false)
        {
            return await ListOpenAsync(query, page, pageSize, cancellationToken);
        }

        if (resolved == true)
        {
            query = query.Where(i => i.Status == IncidentStatus.Resolved);
        }

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

    private static readonly IncidentStatus[] OpenStatuses =
    [
        .. Enum.GetValues<IncidentStatus>().Where(s => s != IncidentStatus.Resolved),
    ];

    /// <summary>
    /// Open incidents are a few among thousands of resolved ones (the console's dashboard, ADR 162).
    /// "Status &lt;&gt; Resolved", or any ORDER BY CreatedAt in the same statement, lets SQLite walk
    /// the page's whole (PageId, CreatedAt) index; an IN over the open statuses seeks the
    /// (PageId, Status) index instead. So: the open keys in one indexed read (their number is the
    /// total), ordered here as SQL would, then the page of them by primary key.
    /// </summary>
    private async Task<(IReadOnlyList<Incident> Items, int TotalCount)> ListOpenAsync(
        IQueryable<Incident> query,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    )
    {
        var keys = await query
            .Where(i => OpenStatuses.Contains(i.Status))
            .Select(i => new { i.Id, i.CreatedAt })
            .ToListAsync(cancellationToken);
        var ids = keys.OrderByDescending(k => k.CreatedAt)
            // Guids compared as their text: the order SQLite (text) and PostgreSQL (uuid) give.
            .ThenByDescending(k => k.Id.ToString(), StringComparer.Ordinal)
            .Skip(Paging.Offset(page, pageSize))
            .Take(pageSize)
            .Select(k => k.Id)
            .ToList();
        if (ids.Count == 0)
        {
            return ([], keys.Count);
        }

        var rows = await db
            .Incidents.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Include(i => i.Updates)
            .AsSplitQuery()
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        // One deleted between the two reads is simply left out.
        return ([.. ids.Where(rows.ContainsKey).Select(id => rows[id])], keys.Count);
    }
}
