using Incidents.Application.Maintenances.Queries;

namespace Incidents.Api.OperatorConsole.Models;

public sealed record MaintenanceCancelViewModel(
    ConsolePageAccess Access,
    MaintenanceDto Maintenance,
    MaintenanceCancelForm Form
);
