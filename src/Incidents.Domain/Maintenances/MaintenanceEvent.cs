using Incidents.Domain.Common;

namespace Incidents.Domain.Maintenances;

/// <summary>
/// What every maintenance event carries: the maintenance as it is after the change (window,
/// status, components) and the timeline entry it wrote, if any (a reminder writes none).
/// </summary>
public abstract record MaintenanceEvent(
    Guid MaintenanceId,
    Guid PageId,
    Guid? UpdateId,
    string Title,
    MaintenanceStatus Status,
    DateTimeOffset ScheduledFor,
    DateTimeOffset ScheduledUntil,
    string Description,
    IReadOnlyList<Guid> AffectedComponentIds,
    bool Notify,
    DateTimeOffset OccurredAt
) : IDomainEvent;
