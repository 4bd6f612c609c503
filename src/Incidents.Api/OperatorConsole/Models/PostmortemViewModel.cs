using Incidents.Application.Incidents.Queries;
using Incidents.Application.Incidents.Queries.GetPostmortem;

namespace Incidents.Api.OperatorConsole.Models;

public sealed record PostmortemViewModel(
    ConsolePageAccess Access,
    IncidentDto Incident,
    PostmortemDto Postmortem,
    PostmortemForm Form,
    string? PreviewHtml,
    string? Notice
);
