namespace Incidents.Domain.Maintenances;

/// <summary>It was cancelled before it started.</summary>
public sealed record MaintenanceCancelled(MaintenanceChange Change) : MaintenanceEvent(Change);
