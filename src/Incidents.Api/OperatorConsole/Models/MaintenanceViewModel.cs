using Incidents.Application.Maintenances.Queries;

namespace Incidents.Api.OperatorConsole.Models;

public sealed record MaintenanceViewModel(
    ConsolePageAccess Access,
    MaintenanceDto Maintenance,
    IReadOnlyDictionary<Guid, string> ComponentNames,
    MaintenanceUpdateForm Form,
    string? PreviewHtml
);
