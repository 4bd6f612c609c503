using Incidents.Application.Components.Queries;

namespace Incidents.Api.OperatorConsole.Models;

/// <param name="Groups">The components by group, in the public page's order (groups by their first member).</param>
public sealed record ComponentsViewModel(
    ConsolePageAccess Access,
    IReadOnlyList<IGrouping<string?, ComponentDto>> Groups,
    ComponentForm Form
);
