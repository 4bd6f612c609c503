namespace Incidents.Domain.Maintenances;

/// <summary>Its window moved (the update says why).</summary>
public sealed record MaintenanceRescheduled(MaintenanceChange Change) : MaintenanceEvent(Change);
