using Incidents.Api.PublicStatus.Live;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;

namespace Incidents.Api.PublicStatus.Caching;

/// <summary>
/// Right after a save commits: evict the changed pages' cached answers, then tell their open
/// pages to refetch (in that order, so the refetch sees the new data).
/// </summary>
internal sealed class StatusPageCacheEvictor(
    PublicResponseCache cache,
    IStatusPageBroadcaster broadcaster
) : IDomainEventsCommittedListener
{
    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(domainEvents);
        foreach (var byPage in domainEvents.GroupBy(e => e.PageId))
        {
            cache.Evict(byPage.Key);
            var last = byPage.Last();
            broadcaster.Publish(
                new StatusPageChange(byPage.Key, last.GetType().Name, last.OccurredAt)
            );
        }

        return ValueTask.CompletedTask;
    }
}
