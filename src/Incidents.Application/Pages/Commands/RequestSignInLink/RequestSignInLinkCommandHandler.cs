using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.RequestSignInLink;

public sealed class RequestSignInLinkCommandHandler(
    IStatusPageRepository pages,
    IPageSignInRateLimiter rateLimiter,
    IPageSignInLinks links
) : ICommandHandler<RequestSignInLinkCommand, PageSignInResult>
{
    public async ValueTask<PageSignInResult> Handle(
        RequestSignInLinkCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await pages.GetByIdAsync(command.PageId, cancellationToken);
        if (page is not { Visibility: PageVisibility.Restricted })
        {
            return PageSignInResult.Refused;
        }

        var email = command.Email!.Trim().ToLowerInvariant();
        // The per-client limit applies to every request alike, and an address past its limit is
        // answered like any other: neither tells which addresses may read the page.
        if (!rateLimiter.TryAcquireLinkForClient(command.ClientKey))
        {
            return PageSignInResult.RateLimited;
        }

        if (
            PageAudience.AllowsEmail(page.AllowedSignIns, email)
            && rateLimiter.TryAcquireLinkForAddress(page.Id, email)
        )
        {
            var token = links.CreateToken(page.Id, email, page.AccessVersion);
            var link = new Uri(command.LinkBase + "?token=" + Uri.EscapeDataString(token));
            await links.SendAsync(email, page.Name, link, cancellationToken);
        }

        return new PageSignInResult(PageSignInOutcome.Accepted, page.AccessVersion);
    }
}
