using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Application.Pages.Common;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.ChangeConsoleUserRole;

public sealed class ChangeConsoleUserRoleCommandHandler(
    IConsoleUserDirectory directory,
    IStatusPageRepository pages,
    ConsoleUserRules rules
) : ICommandHandler<ChangeConsoleUserRoleCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        ChangeConsoleUserRoleCommand command,
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
        var role = Vocabulary<ApiKeyRole>.Parse(command.Role!.Trim());
        await directory.SetRoleAsync(target.Id, page.Id, role, cancellationToken);
        await rules.RecordAsync(
            command.Actor,
            "ChangeConsoleUserRole",
            target.Id,
            [page.Id],
            ConsoleUserAuditDetails.Of(target.Email, role.ToString(), previous.ToString()),
            cancellationToken
        );
        return Unit.Value;
    }
}
