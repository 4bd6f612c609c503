using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageAccess;

public sealed class ChangePageAccessCommandHandler(
    IStatusPageRepository pages,
    ICurrentCaller caller,
    IPagePasswordHasher hasher,
    TimeProvider timeProvider
) : ICommandHandler<ChangePageAccessCommand, PageAccessDto>
{
    public async ValueTask<PageAccessDto> Handle(
        ChangePageAccessCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        var visibility = Enum.Parse<PageVisibility>(command.Visibility!, ignoreCase: true);
        page.ChangeAccess(
            visibility,
            string.IsNullOrEmpty(command.Password) ? null : hasher.Hash(command.Password),
            command.AllowedSignIns,
            command.IpAllowList,
            timeProvider.GetUtcNow()
        );
        return PageAccessDto.Of(page);
    }
}
