using System.Collections.Concurrent;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Incidents.Domain.Integrations;

namespace Incidents.Infrastructure.Persistence.Repositories;

/// <summary>
/// The integrations alert receivers have read, across requests: Alertmanager re-sends a firing
/// group every group_interval and retries, so a repeat must not read its integration (token hash,
/// secret, rules) from the database each time (issue 11). Entries are read-only untracked copies;
/// an <see cref="IntegrationChanged"/> committed here or on another instance (over Redis) drops
/// the entry at once, and every entry expires after <see cref="MaxAge"/> as a safety net for an
/// instance that missed the signal. Only integrations that exist are kept (unknown ids are not
/// cached, so random ids cannot fill memory).
/// </summary>
public sealed class IntegrationLookupCache : IDomainEventsCommittedListener
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private long _generation;

    public bool TryGet(Guid integrationId, out Integration? integration)
    {
        if (
            _entries.TryGetValue(integrationId, out var entry)
            && Environment.TickCount64 - entry.LoadedAt <= (long)MaxAge.TotalMilliseconds
        )
        {
            integration = entry.Integration;
            return true;
        }

        integration = null;
        return false;
    }

    /// <summary>A value read before a change committed must not be kept: the caller passes the generation it started from.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public void Set(Integration integration, long readAtGeneration)
    {
        ArgumentNullException.ThrowIfNull(integration);
        if (Interlocked.Read(ref _generation) == readAtGeneration)
        {
            _entries[integration.Id] = new Entry(integration, Environment.TickCount64);
        }
    }

    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(domainEvents);
        foreach (var changed in domainEvents.OfType<IntegrationChanged>())
        {
            Interlocked.Increment(ref _generation);
            _entries.TryRemove(changed.IntegrationId, out _);
        }

        return ValueTask.CompletedTask;
    }

    private sealed record Entry(Integration Integration, long LoadedAt);
}
