using Mediator;

namespace Incidents.Application.Maintenances.Queries.GetMaintenance;

public sealed record GetMaintenanceQuery(Guid MaintenanceId) : IQuery<MaintenanceDto>;
