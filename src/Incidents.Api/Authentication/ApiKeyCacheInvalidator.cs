using Incidents.Application.Common.Interfaces;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Common;

namespace Incidents.Api.Authentication;

/// <summary>After a commit (here, or on another instance through Redis): a revoked key leaves the cache.</summary>
internal sealed class ApiKeyCacheInvalidator(ApiKeyCache cache) : IDomainEventsCommittedListener
{
    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(domainEvents);
        foreach (var revoked in domainEvents.OfType<ApiKeyRevoked>())
        {
            cache.Evict(revoked.ApiKeyId);
        }

        return ValueTask.CompletedTask;
    }
}
