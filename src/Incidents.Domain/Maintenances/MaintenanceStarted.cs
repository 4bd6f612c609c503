namespace Incidents.Domain.Maintenances;

/// <summary>It went In Progress, by the clock (AutoStart) or by hand.</summary>
public sealed record MaintenanceStarted(
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
