using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageBranding;

public sealed class ChangePageBrandingCommandHandler(
    IStatusPageRepository pages,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<ChangePageBrandingCommand, PageBrandingResult>
{
    public async ValueTask<PageBrandingResult> Handle(
        ChangePageBrandingCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        var changed = page.ChangeBranding(
            command.Colors,
            command.DarkColors,
            command.HeaderLinks,
            command.FooterText,
            timeProvider.GetUtcNow()
        );
        return new PageBrandingResult(PageBrandingDto.From(page.Slug, page.Branding), changed);
    }
}
