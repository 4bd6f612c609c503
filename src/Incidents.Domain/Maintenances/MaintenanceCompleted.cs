namespace Incidents.Domain.Maintenances;

/// <summary>It was completed, by the clock (AutoComplete) or by hand.</summary>
public sealed record MaintenanceCompleted(MaintenanceChange Change) : MaintenanceEvent(Change);
