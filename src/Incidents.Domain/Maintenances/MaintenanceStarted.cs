namespace Incidents.Domain.Maintenances;

/// <summary>It went In Progress (or Verifying), by the clock (AutoStart) or by hand.</summary>
public sealed record MaintenanceStarted(MaintenanceChange Change) : MaintenanceEvent(Change);
