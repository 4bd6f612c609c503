using Incidents.Application.Components.Commands.SaveComponentGroup;
using Mediator;

namespace Incidents.Application.Components.Commands.DeleteComponentGroup;

/// <summary>Deletes a component group: its components stay, ungrouped (as on Statuspage).</summary>
public sealed record DeleteComponentGroupCommand(string? Group) : ICommand<ComponentGroupResult>;
