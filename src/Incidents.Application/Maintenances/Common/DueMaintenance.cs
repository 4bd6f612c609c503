namespace Incidents.Application.Maintenances.Common;

public sealed record DueMaintenance(Guid PageId, Guid MaintenanceId, DateTimeOffset DueAt);
