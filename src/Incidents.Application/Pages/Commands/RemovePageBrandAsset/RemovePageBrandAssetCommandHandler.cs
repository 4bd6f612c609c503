using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Incidents.Domain.Pages.Branding;
using Mediator;

namespace Incidents.Application.Pages.Commands.RemovePageBrandAsset;

public sealed class RemovePageBrandAssetCommandHandler(
    IStatusPageRepository pages,
    IPageAssetRepository assets,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<RemovePageBrandAssetCommand, PageBrandingDto>
{
    public async ValueTask<PageBrandingDto> Handle(
        RemovePageBrandAssetCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        page.RemoveBrandAsset(command.Kind, timeProvider.GetUtcNow());
        if (await assets.FindAsync(page.Id, command.Kind, cancellationToken) is { } asset)
        {
            assets.Remove(asset);
        }

        return PageBrandingDto.From(page.Slug, page.Branding);
    }
}
