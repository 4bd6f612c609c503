using Incidents.Application.Incidents.Queries;

namespace Incidents.Api.OperatorConsole.Models;

public sealed record IncidentViewModel(
    ConsolePageAccess Access,
    IncidentDto Incident,
    IReadOnlyDictionary<Guid, string> ComponentNames,
    IncidentUpdateForm Form,
    string? PreviewHtml
);
