using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.RevokePageFeedToken;

public sealed class RevokePageFeedTokenCommandHandler(
    IStatusPageRepository pages,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<RevokePageFeedTokenCommand, PageAccessDto>
{
    public async ValueTask<PageAccessDto> Handle(
        RevokePageFeedTokenCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        page.RevokeFeedToken(timeProvider.GetUtcNow());
        return PageAccessDto.Of(page);
    }
}
