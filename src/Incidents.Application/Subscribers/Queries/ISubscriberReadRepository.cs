using Incidents.Application.Common.Models;
using Incidents.Domain.Subscribers;

namespace Incidents.Application.Subscribers.Queries;

/// <summary>The read side for subscribers and deliveries: untracked, scoped to one page.</summary>
public interface ISubscriberReadRepository
{
    Task<Subscriber?> GetAsync(Guid pageId, Guid id, CancellationToken cancellationToken);

    /// <param name="search">Only those whose email or URL contains it (case-insensitive); null: all.</param>
    Task<PagedResult<Subscriber>> ListAsync(
        Guid pageId,
        int page,
        int pageSize,
        string? search,
        CancellationToken cancellationToken
    );

    /// <summary>Newest first.</summary>
    Task<PagedResult<Delivery>> ListDeliveriesAsync(
        Guid pageId,
        Guid subscriberId,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    );

    /// <summary>The page's last <paramref name="count"/> failed deliveries, newest first.</summary>
    Task<IReadOnlyList<Delivery>> ListFailedDeliveriesAsync(
        Guid pageId,
        int count,
        CancellationToken cancellationToken
    );
}
