using Incidents.Domain.Common;

namespace Incidents.Domain.Components;

/// <summary>
/// The effective status of a component changed. Persistence records every one of these in the
/// component's status history (the source of uptime figures) in the same transaction. At most one
/// of the causes is set; neither for a manual change.
/// </summary>
public sealed record ComponentStatusChanged(
    Guid ComponentId,
    Guid PageId,
    string ComponentName,
    ComponentStatus PreviousStatus,
    ComponentStatus Status,
    Guid? CausedByIncidentId,
    bool Notify,
    DateTimeOffset OccurredAt,
    Guid? CausedByMaintenanceId = null
) : IDomainEvent;
