using Incidents.Application.Components.Queries;

namespace Incidents.Api.OperatorConsole.Models;

public sealed record ComponentEditViewModel(
    ConsolePageAccess Access,
    ComponentDto Component,
    ComponentForm Form,
    IReadOnlyList<string> GroupNames
);
