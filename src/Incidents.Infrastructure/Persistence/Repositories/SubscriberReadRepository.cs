using Incidents.Application.Common.Models;
using Incidents.Application.Subscribers.Queries;
using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class SubscriberReadRepository(IncidentsDbContext db) : ISubscriberReadRepository
{
    public Task<Subscriber?> GetAsync(Guid pageId, Guid id, CancellationToken cancellationToken) =>
        db.Set<Subscriber>()
            .AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == id && s.PageId == pageId, cancellationToken);

    public async Task<PagedResult<Subscriber>> ListAsync(
        Guid pageId,
        int page,
        int pageSize,
        string? search,
        CancellationToken cancellationToken
    )
    {
        var query = db.Set<Subscriber>().AsNoTracking().Where(s => s.PageId == pageId);
        if (search is not null)
        {
            // Lowered on both sides: PostgreSQL compares case-sensitively, and ToLower translates to
            // SQL on every provider (string.Contains with a comparison does not).
            var needle = search.ToLowerInvariant();
#pragma warning disable CA1862, CA1304, CA1311
            query = query.Where(s =>
                (s.Email != null && s.Email.ToLower().Contains(needle))
                || (s.Url != null && s.Url.ToLower().Contains(needle))
            );
#pragma warning restore CA1862, CA1304, CA1311
        }

        var total = await query.CountAsync(cancellationToken);
        // Ids are version-7 GUIDs: ordering by id is ordering by creation.
        var items = await query
            .OrderBy(s => s.Id)
            .Skip(Paging.Offset(page, pageSize))
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<Subscriber>(items, page, pageSize, total);
    }

    public async Task<PagedResult<Delivery>> ListDeliveriesAsync(
        Guid pageId,
        Guid subscriberId,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    )
    {
        var query = db.Set<Delivery>()
            .AsNoTracking()
            .Where(d => d.PageId == pageId && d.SubscriberId == subscriberId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(d => d.CreatedAt)
            .ThenByDescending(d => d.Id)
            .Skip(Paging.Offset(page, pageSize))
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<Delivery>(items, page, pageSize, total);
    }

    public async Task<IReadOnlyList<Delivery>> ListFailedDeliveriesAsync(
        Guid pageId,
        int count,
        CancellationToken cancellationToken
    ) =>
        await db.Set<Delivery>()
            .AsNoTracking()
            .Where(d => d.PageId == pageId && d.State == DeliveryState.Failed)
            .OrderByDescending(d => d.CreatedAt)
            .ThenByDescending(d => d.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
}
