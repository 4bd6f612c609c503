using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Mediator;

namespace Incidents.Application.Components.Commands.DeleteComponent;

public sealed class DeleteComponentCommandHandler(
    IComponentRepository components,
    IIncidentRepository incidents,
    ICurrentCaller caller
) : ICommandHandler<DeleteComponentCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        DeleteComponentCommand command,
        CancellationToken cancellationToken
    )
    {
        var component =
            await components.GetAsync(caller.PageId, command.ComponentId, cancellationToken)
            ?? throw new NotFoundException($"Component {command.ComponentId} not found.");
        var blocking = await incidents.ListUnresolvedAffectingAsync(
            caller.PageId,
            [component.Id],
            cancellationToken
        );
        if (blocking.Count > 0)
        {
            throw new InvalidRequestException(
                $"Component {component.Id} is affected by an unresolved incident and cannot be deleted."
            );
        }

        components.Remove(component);
        return Unit.Value;
    }
}
