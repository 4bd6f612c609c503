namespace Incidents.Domain.Maintenances;

/// <summary>Its start is RemindBeforeMinutes away; sent once, never after it started.</summary>
public sealed record MaintenanceReminded(MaintenanceChange Change) : MaintenanceEvent(Change);
