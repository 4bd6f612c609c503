using Incidents.Application.Common.Models;
using Incidents.Application.Maintenances.Queries;

namespace Incidents.Api.OperatorConsole.Models;

public sealed record MaintenanceListViewModel(
    ConsolePageAccess Access,
    IReadOnlyList<MaintenanceDto> InProgress,
    IReadOnlyList<MaintenanceDto> Upcoming,
    PagedResult<MaintenanceDto> Completed
);
