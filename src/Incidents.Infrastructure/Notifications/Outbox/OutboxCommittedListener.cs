using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;

namespace Incidents.Infrastructure.Notifications.Outbox;

/// <summary>A commit wrote outbox rows: wake the dispatcher now instead of at its next poll.</summary>
internal sealed class OutboxCommittedListener(NotificationSignals signals)
    : IDomainEventsCommittedListener
{
    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        signals.Outbox.Wake();
        return ValueTask.CompletedTask;
    }
}
