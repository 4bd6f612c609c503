using Incidents.Domain.Common;

namespace Incidents.Domain.Maintenances;

/// <summary>
/// A maintenance changed. One past-tense type per kind of change (subscribers and handlers tell
/// them apart by type), one shape for all of them: <see cref="Change"/>.
/// </summary>
public abstract record MaintenanceEvent(MaintenanceChange Change) : IDomainEvent
{
    public Guid PageId => Change.PageId;

    public DateTimeOffset OccurredAt => Change.OccurredAt;
}
