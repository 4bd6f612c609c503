using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.AddPageHostname;

public sealed class AddPageHostnameCommandHandler(
    IStatusPageRepository pages,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<AddPageHostnameCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(
        AddPageHostnameCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        var name = PageHostname.Normalize(command.Hostname);
        var owner = await pages.FindByHostnameAsync(name, cancellationToken);
        if (owner is not null && owner.Id != page.Id)
        {
            // Hostnames are global (DNS is); the answer names no other page.
            throw new InvalidRequestException(
                $"Hostname '{name}' is already used by another page."
            );
        }

        page.AddHostname(name, timeProvider.GetUtcNow());
        return [.. page.Hostnames.Select(h => h.Name).Order(StringComparer.Ordinal)];
    }
}
