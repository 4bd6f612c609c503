using Incidents.Application.Components.Queries;
using Incidents.Application.Incidents.Queries;
using Incidents.Application.Maintenances.Queries;
using Incidents.Application.Subscribers.Queries;

namespace Incidents.Api.OperatorConsole.Models;

public sealed record DashboardViewModel(
    ConsolePageAccess Access,
    IReadOnlyList<IncidentDto> OpenIncidents,
    int OpenIncidentCount,
    IReadOnlyList<MaintenanceDto> Maintenances,
    IReadOnlyList<ComponentDto> Components,
    IReadOnlyList<DeliveryDto> FailedDeliveries
);
