using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Incidents.Domain.Pages.Branding;
using Mediator;

namespace Incidents.Application.Pages.Commands.UploadPageImage;

public sealed class UploadPageImageCommandHandler(
    IStatusPageRepository pages,
    IPageAssetRepository assets,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<UploadPageImageCommand, PageBrandingResult>
{
    public async ValueTask<PageBrandingResult> Handle(
        UploadPageImageCommand command,
        CancellationToken cancellationToken
    )
    {
        // The bytes are checked before any database work: a refused image costs nothing more.
        var image = BrandImage.Inspect(command.Kind.ToString(), command.Content);
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        var changed = await PageAssetStore.PutAsync(
            assets,
            page,
            command.Kind,
            image.ContentType,
            image.Content,
            image.Width,
            image.Height,
            timeProvider.GetUtcNow(),
            cancellationToken
        );
        return new PageBrandingResult(PageBrandingDto.From(page.Slug, page.Branding), changed);
    }
}
