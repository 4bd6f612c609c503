using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Application.Pages.Common;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.InviteConsoleUser;

public sealed class InviteConsoleUserCommandHandler(
    IConsoleUserDirectory directory,
    IStatusPageRepository pages,
    IConsoleInviteMailer mailer,
    ConsoleUserRules rules
) : ICommandHandler<InviteConsoleUserCommand, InvitedConsoleUser>
{
    public const string OwnerMessage = "This person is an owner: they can open every page already.";

    public async ValueTask<InvitedConsoleUser> Handle(
        InviteConsoleUserCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await pages.RequireBySlugAsync(command.PageSlug, cancellationToken);
        await rules.RequirePageAdminAsync(command.Actor, page.Id, cancellationToken);
        var email = command.Email!.Trim();
        var role = Vocabulary<ApiKeyRole>.Parse(command.Role!.Trim());

        var existing = await directory.FindByEmailAsync(email, cancellationToken);
        if (existing is { IsOwner: true })
        {
            throw new InvalidRequestException(OwnerMessage);
        }

        if (existing is not null && existing.Id == command.Actor.UserId)
        {
            throw new InvalidRequestException(ConsoleUserRules.SelfMessage);
        }

        var userId =
            existing?.Id
            ?? await directory.CreateAsync(
                email,
                isOwner: false,
                password: null,
                cancellationToken
            );
        var previous = existing is null
            ? null
            : await directory.RoleOnAsync(userId, page.Id, cancellationToken);
        await directory.SetRoleAsync(userId, page.Id, role, cancellationToken);

        // Someone who cannot sign in yet gets a one-time link (a new one replaces the old);
        // someone with a password only hears of the new role.
        var oneTime = existing is not { HasPassword: true };
        var link = oneTime
            ? new Uri(
                $"{command.InviteLinkBase}?user={userId}&token={Uri.EscapeDataString(await directory.IssueSignInTokenAsync(userId, cancellationToken))}"
            )
            : new Uri(command.ConsoleLink);
        await rules.RecordAsync(
            command.Actor,
            "InviteConsoleUser",
            userId,
            [page.Id],
            ConsoleUserAuditDetails.Of(email, role.ToString(), previous?.ToString()),
            cancellationToken
        );
        await mailer.SendAsync(email, page.Name, role.ToString(), link, oneTime, cancellationToken);
        return new InvitedConsoleUser(userId, existing is null, oneTime);
    }
}
