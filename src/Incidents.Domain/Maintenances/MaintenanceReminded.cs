namespace Incidents.Domain.Maintenances;

/// <summary>Its start is RemindBeforeMinutes away; sent once, never after it started.</summary>
public sealed record MaintenanceReminded(
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
