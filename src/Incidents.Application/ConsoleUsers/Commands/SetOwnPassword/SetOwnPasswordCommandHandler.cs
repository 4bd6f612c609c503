using Incidents.Application.Common.Exceptions;
using Incidents.Application.ConsoleUsers.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.SetOwnPassword;

public sealed class SetOwnPasswordCommandHandler(
    IConsoleUserDirectory directory,
    ConsoleUserRules rules
) : ICommandHandler<SetOwnPasswordCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        SetOwnPasswordCommand command,
        CancellationToken cancellationToken
    )
    {
        var userId = command.Actor.UserId!.Value;
        var user =
            await directory.FindAsync(userId, cancellationToken)
            ?? throw new NotFoundException($"User {userId} not found.");
        await directory.SetPasswordAsync(
            userId,
            user.HasPassword ? command.CurrentPassword ?? string.Empty : null,
            command.NewPassword!,
            cancellationToken
        );
        await rules.RecordAsync(
            command.Actor,
            "SetOwnPassword",
            userId,
            user.IsOwner ? [] : await directory.PageIdsOfAsync(userId, cancellationToken),
            ConsoleUserAuditDetails.Of(user.Email),
            cancellationToken
        );
        return Unit.Value;
    }
}
