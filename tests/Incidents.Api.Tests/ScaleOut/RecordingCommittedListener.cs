using System.Collections.Concurrent;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;

namespace Incidents.Api.Tests.ScaleOut;

/// <summary>Records every committed-events notification one instance receives.</summary>
public sealed class RecordingCommittedListener : IDomainEventsCommittedListener
{
    public ConcurrentQueue<IDomainEvent> Received { get; } = new();

    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        foreach (var domainEvent in domainEvents)
        {
            Received.Enqueue(domainEvent);
        }

        return ValueTask.CompletedTask;
    }
}
