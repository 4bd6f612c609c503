using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Components.Common;
using Incidents.Domain.Components;
using Mediator;

namespace Incidents.Application.Components.Commands.CreateComponent;

public sealed class CreateComponentCommandHandler(
    IComponentRepository components,
    ComponentNameGuard nameGuard,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<CreateComponentCommand, Guid>
{
    public async ValueTask<Guid> Handle(
        CreateComponentCommand command,
        CancellationToken cancellationToken
    )
    {
        await nameGuard.EnsureAvailableAsync(caller.PageId, command.Name!, null, cancellationToken);
        var component = Component.Create(
            caller.PageId,
            command.Name!,
            command.Description,
            command.Group,
            command.DisplayOrder ?? 0,
            Vocabulary<ComponentStatus>.ParseOptional(command.Status)
                ?? ComponentStatus.Operational,
            timeProvider.GetUtcNow(),
            command.ExternalId
        );
        components.Add(component);
        return component.Id;
    }
}
