using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.RemovePageHostname;

public sealed class RemovePageHostnameCommandHandler(
    IStatusPageRepository pages,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<RemovePageHostnameCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(
        RemovePageHostnameCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        page.RemoveHostname(command.Hostname, timeProvider.GetUtcNow());
        return [.. page.Hostnames.Select(h => h.Name).Order(StringComparer.Ordinal)];
    }
}
