using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Common.Observability;

/// <summary>Counts incidents opened and resolved from what actually committed (not what was attempted).</summary>
public sealed class IncidentMetricsListener(IncidentsMetrics metrics)
    : IDomainEventsCommittedListener
{
    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        foreach (var domainEvent in domainEvents)
        {
            switch (domainEvent)
            {
                case IncidentOpened:
                    metrics.IncidentOpened();
                    break;
                case IncidentResolved:
                    metrics.IncidentResolved();
                    break;
            }
        }

        return ValueTask.CompletedTask;
    }
}
