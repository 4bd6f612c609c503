using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Application.Pages.Common;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;

public sealed class CreateConsoleUserCommandHandler(
    IConsoleUserDirectory directory,
    IStatusPageRepository pages,
    ConsoleUserRules rules
) : ICommandHandler<CreateConsoleUserCommand, CreatedConsoleUser>
{
    public async ValueTask<CreatedConsoleUser> Handle(
        CreateConsoleUserCommand command,
        CancellationToken cancellationToken
    )
    {
        var email = command.Email!.Trim();
        Guid? pageId = null;
        ApiKeyRole? role = null;
        if (command.IsOwner)
        {
            await rules.RequireOwnerAsync(command.Actor, cancellationToken);
        }
        else
        {
            var page = await pages.RequireBySlugAsync(command.PageSlug, cancellationToken);
            await rules.RequirePageAdminAsync(command.Actor, page.Id, cancellationToken);
            pageId = page.Id;
            role = Vocabulary<ApiKeyRole>.Parse(command.Role!.Trim());
        }

        if (await directory.FindByEmailAsync(email, cancellationToken) is not null)
        {
            throw new InvalidRequestException($"Email '{email}' is already taken.");
        }

        var userId = await directory.CreateAsync(
            email,
            command.IsOwner,
            command.Password,
            cancellationToken
        );
        if (pageId is { } p && role is { } r)
        {
            await directory.SetRoleAsync(userId, p, r, cancellationToken);
        }

        var token = command.Password is null
            ? await directory.IssueSignInTokenAsync(userId, cancellationToken)
            : null;
        await rules.RecordAsync(
            command.Actor,
            "CreateConsoleUser",
            userId,
            pageId is { } id ? [id] : [],
            ConsoleUserAuditDetails.Of(email, command.IsOwner ? "Owner" : role.ToString()),
            cancellationToken
        );
        return new CreatedConsoleUser(userId, email, token);
    }
}
