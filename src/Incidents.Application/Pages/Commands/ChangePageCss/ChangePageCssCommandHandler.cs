using System.Text;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Incidents.Domain.Pages.Branding;
using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageCss;

public sealed class ChangePageCssCommandHandler(
    IStatusPageRepository pages,
    IPageAssetRepository assets,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<ChangePageCssCommand, PageBrandingResult>
{
    public const string ContentType = "text/css; charset=utf-8";

    public async ValueTask<PageBrandingResult> Handle(
        ChangePageCssCommand command,
        CancellationToken cancellationToken
    )
    {
        var css = CustomCss.Validate(command.Css);
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        var changed = await PageAssetStore.PutAsync(
            assets,
            page,
            PageAssetKind.Css,
            ContentType,
            Encoding.UTF8.GetBytes(css),
            null,
            null,
            timeProvider.GetUtcNow(),
            cancellationToken
        );
        return new PageBrandingResult(PageBrandingDto.From(page.Slug, page.Branding), changed);
    }
}
