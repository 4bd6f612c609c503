using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Incidents.Domain.Maintenances;

namespace Incidents.Infrastructure.Maintenances;

/// <summary>
/// A maintenance was scheduled or changed (here, or on another instance through Redis): its due
/// time may now be earlier than the one the scheduler sleeps towards.
/// </summary>
internal sealed class MaintenanceCommittedListener(MaintenanceSchedulerSignal signal)
    : IDomainEventsCommittedListener
{
    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        if (domainEvents.Any(e => e is MaintenanceEvent))
        {
            signal.Changed.Wake();
        }

        return ValueTask.CompletedTask;
    }
}
