namespace Incidents.Domain.Maintenances;

/// <summary>
/// Where a maintenance is in its life. Scheduled → In Progress → Verifying → Completed only move
/// forwards (steps may be skipped); Cancelled is reachable only from Scheduled. The numbers of the
/// first four are their order: "never backwards" compares them.
/// </summary>
public enum MaintenanceStatus
{
    Scheduled = 0,
    InProgress = 1,
    Verifying = 2,
    Completed = 3,
    Cancelled = 4,
}
