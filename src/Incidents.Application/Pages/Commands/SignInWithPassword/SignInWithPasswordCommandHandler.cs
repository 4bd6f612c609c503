using Incidents.Application.Pages.Common;
using Incidents.Domain.Audit;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.SignInWithPassword;

public sealed class SignInWithPasswordCommandHandler(
    IStatusPageRepository pages,
    IPagePasswordHasher hasher,
    IPageSignInRateLimiter rateLimiter,
    IAuditLog auditLog,
    TimeProvider timeProvider
) : ICommandHandler<SignInWithPasswordCommand, PageSignInResult>
{
    public const string FailedAction = "PagePasswordFailed";

    public async ValueTask<PageSignInResult> Handle(
        SignInWithPasswordCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await pages.GetByIdAsync(command.PageId, cancellationToken);
        if (page is not { Visibility: PageVisibility.Password, PasswordHash: { } hash })
        {
            return PageSignInResult.Refused;
        }

        // Checked before hashing: a guesser past the limit costs no hashing work either.
        if (!rateLimiter.MayTryPassword(page.Id, command.ClientKey))
        {
            return PageSignInResult.RateLimited;
        }

        if (!string.IsNullOrEmpty(command.Password) && hasher.Verify(hash, command.Password))
        {
            return new PageSignInResult(PageSignInOutcome.Accepted, page.AccessVersion);
        }

        rateLimiter.RecordFailedPassword(page.Id, command.ClientKey);
        // Visitors have no key: the entry names the client's address as the actor.
        auditLog.Add(
            AuditEntry.Record(
                page.Id,
                null,
                "visitor " + command.ClientKey,
                FailedAction,
                page.Id,
                timeProvider.GetUtcNow(),
                command.RequestId
            )
        );
        return PageSignInResult.Refused;
    }
}
