using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Components;
using Mediator;

namespace Incidents.Application.Components.Commands.SaveComponentGroup;

public sealed class SaveComponentGroupCommandHandler(
    IComponentRepository components,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<SaveComponentGroupCommand, ComponentGroupResult>
{
    public async ValueTask<ComponentGroupResult> Handle(
        SaveComponentGroupCommand command,
        CancellationToken cancellationToken
    )
    {
        var now = timeProvider.GetUtcNow();
        IReadOnlyList<Component> current = [];
        if (command.Group is not null)
        {
            current = await components.ListInGroupAsync(
                caller.PageId,
                command.Group,
                cancellationToken
            );
            if (current.Count == 0)
            {
                throw new NotFoundException("Component group not found.");
            }
        }

        var name = (command.Name ?? command.Group)!.Trim();
        if (
            !string.Equals(name, command.Group, StringComparison.Ordinal)
            && await components.GroupExistsAsync(caller.PageId, name, cancellationToken)
        )
        {
            // Groups are names: saving under another group's name would merge the two.
            throw new InvalidRequestException($"A component group named '{name}' already exists.");
        }

        var members = current;
        if (command.ComponentIds is { } ids)
        {
            var listed = await components.ListAsync(caller.PageId, ids, cancellationToken);
            var missing = ids.Where(id => listed.All(c => c.Id != id))
                .Select(id => (Guid?)id)
                .FirstOrDefault();
            if (missing is { } unknown)
            {
                throw new InvalidRequestException($"Component {unknown} not found.");
            }

            foreach (var leaving in current.Where(c => !ids.Contains(c.Id)))
            {
                leaving.Update(
                    leaving.Name,
                    leaving.Description,
                    null,
                    leaving.DisplayOrder,
                    null,
                    false,
                    now
                );
            }

            members = listed;
        }

        var shift = command.DisplayOrder is { } order
            ? order - members.Min(c => c.DisplayOrder)
            : 0;
        foreach (var member in members)
        {
            member.Update(
                member.Name,
                member.Description,
                name,
                Math.Clamp(member.DisplayOrder + shift, 0, 1_000_000),
                null,
                false,
                now
            );
        }

        return new ComponentGroupResult(name, command.Group);
    }
}
