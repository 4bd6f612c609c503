using Incidents.Application.Templates.Queries;

namespace Incidents.Api.OperatorConsole.Models;

public sealed record DeclareViewModel(
    ConsolePageAccess Access,
    DeclareIncidentForm Form,
    IReadOnlyList<ComponentChoice> Components,
    IReadOnlyList<TemplateDto> Templates,
    string? PreviewHtml
);
