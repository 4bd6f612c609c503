namespace Incidents.Domain.Maintenances;

/// <summary>A maintenance was announced.</summary>
public sealed record MaintenanceScheduled(MaintenanceChange Change) : MaintenanceEvent(Change);
