using Incidents.Api.OpenApi;

namespace Incidents.Api.Models.Maintenances;

public sealed record CancelMaintenanceModel(
    [ContractRequired] Guid? MaintenanceId,
    string? Description,
    bool? IsNotify
);
