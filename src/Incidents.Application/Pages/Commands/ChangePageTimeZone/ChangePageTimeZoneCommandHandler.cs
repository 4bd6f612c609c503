using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageTimeZone;

public sealed class ChangePageTimeZoneCommandHandler(
    IStatusPageRepository pages,
    TimeProvider timeProvider
) : ICommandHandler<ChangePageTimeZoneCommand, string>
{
    public async ValueTask<string> Handle(
        ChangePageTimeZoneCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await pages.RequireBySlugAsync(command.PageSlug, cancellationToken);
        page.ChangeTimeZone(command.TimeZone!, timeProvider.GetUtcNow());
        return page.TimeZone;
    }
}
