using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Components.Common;
using Incidents.Domain.Components;
using Mediator;

namespace Incidents.Application.Components.Commands.UpdateComponent;

public sealed class UpdateComponentCommandHandler(
    IComponentRepository components,
    ComponentNameGuard nameGuard,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<UpdateComponentCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        UpdateComponentCommand command,
        CancellationToken cancellationToken
    )
    {
        var id = command.ComponentId!.Value;
        // Referenced from the body, like the seed's PUT of an incident: an unknown id is a 400.
        var component =
            await components.GetAsync(caller.PageId, id, cancellationToken)
            ?? throw new InvalidRequestException($"Component {id} not found.");
        if (command.Name is not null)
        {
            await nameGuard.EnsureAvailableAsync(
                caller.PageId,
                command.Name,
                id,
                cancellationToken
            );
        }

        component.Update(
            command.Name ?? component.Name,
            command.Description ?? component.Description,
            command.Group ?? component.Group,
            command.DisplayOrder ?? component.DisplayOrder,
            Vocabulary<ComponentStatus>.ParseOptional(command.Status),
            command.IsNotify ?? false,
            timeProvider.GetUtcNow()
        );
        return Unit.Value;
    }
}
