namespace Incidents.Api.OperatorConsole.Models;

public sealed record MaintenanceScheduleViewModel(
    ConsolePageAccess Access,
    MaintenanceScheduleForm Form,
    IReadOnlyList<ComponentChoice> Components,
    string? PreviewHtml
);
