using Incidents.Application.Common.Exceptions;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUserAccess;

public sealed class RemoveConsoleUserAccessCommandHandler(
    IConsoleUserDirectory directory,
    IStatusPageRepository pages,
    ConsoleUserRules rules
) : ICommandHandler<RemoveConsoleUserAccessCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        RemoveConsoleUserAccessCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await pages.RequireBySlugAsync(command.PageSlug, cancellationToken);
        await rules.RequirePageAdminAsync(command.Actor, page.Id, cancellationToken);
        var target = await rules.RequireManageableAsync(
            command.Actor,
            command.UserId,
            cancellationToken
        );
        var previous =
            await directory.RoleOnAsync(target.Id, page.Id, cancellationToken)
            ?? throw new NotFoundException($"User {command.UserId} has no role on this page.");
        await directory.SetRoleAsync(target.Id, page.Id, null, cancellationToken);
        await rules.RecordAsync(
            command.Actor,
            "RemoveConsoleUserAccess",
            target.Id,
            [page.Id],
            ConsoleUserAuditDetails.Of(target.Email, previousRole: previous.ToString()),
            cancellationToken
        );
        return Unit.Value;
    }
}
