using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageLanguage;

public sealed class ChangePageLanguageCommandHandler(
    IStatusPageRepository pages,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<ChangePageLanguageCommand, string>
{
    public async ValueTask<string> Handle(
        ChangePageLanguageCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        page.ChangeDefaultLanguage(command.DefaultLanguage, timeProvider.GetUtcNow());
        return page.DefaultLanguage;
    }
}
