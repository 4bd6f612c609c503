namespace Incidents.Api.Models.Maintenances;

public sealed record CancelMaintenanceModel(
    Guid? MaintenanceId,
    string? Description,
    bool? IsNotify
);
