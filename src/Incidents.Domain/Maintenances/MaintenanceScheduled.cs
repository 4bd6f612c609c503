namespace Incidents.Domain.Maintenances;

/// <summary>A maintenance was announced.</summary>
public sealed record MaintenanceScheduled(
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
)
    : MaintenanceEvent(
        MaintenanceId,
        PageId,
        UpdateId,
        Title,
        Status,
        ScheduledFor,
        ScheduledUntil,
        Description,
        AffectedComponentIds,
        Notify,
        OccurredAt
    );
