namespace Incidents.Domain.Maintenances;

/// <summary>A timeline entry without a change of state or window (or a move to Verifying).</summary>
public sealed record MaintenanceUpdated(
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
