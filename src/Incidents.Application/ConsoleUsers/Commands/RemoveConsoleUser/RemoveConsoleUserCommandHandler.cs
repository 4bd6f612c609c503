using Incidents.Application.ConsoleUsers.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUser;

public sealed class RemoveConsoleUserCommandHandler(
    IConsoleUserDirectory directory,
    ConsoleUserRules rules
) : ICommandHandler<RemoveConsoleUserCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        RemoveConsoleUserCommand command,
        CancellationToken cancellationToken
    )
    {
        await rules.RequireOwnerAsync(command.Actor, cancellationToken);
        var target = await rules.RequireManageableAsync(
            command.Actor,
            command.UserId,
            cancellationToken
        );
        // Every page the person could open learns who removed them.
        var pageIds = target.IsOwner
            ? []
            : await directory.PageIdsOfAsync(target.Id, cancellationToken);
        await directory.DeleteAsync(target.Id, cancellationToken);
        await rules.RecordAsync(
            command.Actor,
            "RemoveConsoleUser",
            target.Id,
            pageIds,
            ConsoleUserAuditDetails.Of(target.Email, target.IsOwner ? "Owner" : null),
            cancellationToken
        );
        return Unit.Value;
    }
}
