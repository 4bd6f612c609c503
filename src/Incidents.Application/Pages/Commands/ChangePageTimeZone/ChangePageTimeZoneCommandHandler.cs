using Incidents.Application.Common.Exceptions;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageTimeZone;

public sealed class ChangePageTimeZoneCommandHandler(IStatusPageRepository pages)
    : ICommandHandler<ChangePageTimeZoneCommand, string>
{
    public async ValueTask<string> Handle(
        ChangePageTimeZoneCommand command,
        CancellationToken cancellationToken
    )
    {
        var page =
            await pages.GetBySlugAsync(
                command.PageSlug ?? StatusPage.DefaultSlug,
                cancellationToken
            ) ?? throw new InvalidRequestException($"Page '{command.PageSlug}' not found.");
        page.ChangeTimeZone(command.TimeZone!);
        return page.TimeZone;
    }
}
