namespace Incidents.Domain.Maintenances;

/// <summary>What the clock did to a maintenance in one <see cref="Maintenance.RunDueTransitions"/>.</summary>
public enum MaintenanceTransition
{
    Reminded,
    Started,
    Completed,
}
