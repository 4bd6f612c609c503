namespace Incidents.Domain.Maintenances;

/// <summary>A timeline entry without a change of window or a start or an end.</summary>
public sealed record MaintenanceUpdated(MaintenanceChange Change) : MaintenanceEvent(Change);
