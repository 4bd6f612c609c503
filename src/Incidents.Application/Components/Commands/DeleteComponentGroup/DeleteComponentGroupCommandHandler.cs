using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Components.Commands.SaveComponentGroup;
using Incidents.Domain.Components;
using Mediator;

namespace Incidents.Application.Components.Commands.DeleteComponentGroup;

public sealed class DeleteComponentGroupCommandHandler(
    IComponentRepository components,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<DeleteComponentGroupCommand, ComponentGroupResult>
{
    public async ValueTask<ComponentGroupResult> Handle(
        DeleteComponentGroupCommand command,
        CancellationToken cancellationToken
    )
    {
        var members = await components.ListInGroupAsync(
            caller.PageId,
            command.Group!,
            cancellationToken
        );
        if (members.Count == 0)
        {
            throw new NotFoundException("Component group not found.");
        }

        var now = timeProvider.GetUtcNow();
        foreach (var member in members)
        {
            member.Update(
                member.Name,
                member.Description,
                null,
                member.DisplayOrder,
                null,
                false,
                now
            );
        }

        return new ComponentGroupResult(command.Group!, command.Group);
    }
}
