using Incidents.Application.ConsoleUsers.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.SignOnConsoleUser;

public sealed class SignOnConsoleUserCommandHandler(
    IConsoleUserDirectory directory,
    ConsoleUserRules rules
) : ICommandHandler<SignOnConsoleUserCommand, SignOnResult>
{
    public const string UnverifiedMessage =
        "Your sign-in provider did not confirm your email address, so it cannot be matched to a console user.";
    public const string UnknownMessage =
        "No console user has this email address. Ask an Admin of your page to invite you.";

    public async ValueTask<SignOnResult> Handle(
        SignOnConsoleUserCommand command,
        CancellationToken cancellationToken
    )
    {
        var email = command.Email?.Trim();
        if (string.IsNullOrEmpty(email) || !command.EmailVerified)
        {
            return SignOnResult.Refused(UnverifiedMessage);
        }

        if (await directory.FindByEmailAsync(email, cancellationToken) is { } user)
        {
            return new SignOnResult(user.Id, false, null);
        }

        if (!AllowsDomainOf(command.AllowedDomains, email))
        {
            return SignOnResult.Refused(UnknownMessage);
        }

        var created = await directory.CreateAsync(
            email,
            isOwner: false,
            password: null,
            cancellationToken
        );
        await rules.RecordAsync(
            new ConsoleActor(null, "sso " + command.Provider),
            "CreateConsoleUser",
            created,
            [],
            ConsoleUserAuditDetails.Of(email),
            cancellationToken
        );
        return new SignOnResult(created, true, null);
    }

    /// <summary>The part after the last @, compared without case to each allowed domain (a leading @ is ignored).</summary>
    public static bool AllowsDomainOf(IReadOnlyList<string> allowedDomains, string email)
    {
        var at = email.LastIndexOf('@');
        var domain = at < 0 ? string.Empty : email[(at + 1)..];
        return domain.Length > 0
            && allowedDomains.Any(d =>
                string.Equals(d.Trim().TrimStart('@'), domain, StringComparison.OrdinalIgnoreCase)
            );
    }
}
