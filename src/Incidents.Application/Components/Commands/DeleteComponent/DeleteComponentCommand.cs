using Mediator;

namespace Incidents.Application.Components.Commands.DeleteComponent;

public sealed record DeleteComponentCommand(Guid ComponentId) : ICommand<Unit>;
