using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Queries.GetPageBranding;

public sealed class GetPageBrandingQueryHandler(IStatusPageRepository pages, ICurrentCaller caller)
    : IQueryHandler<GetPageBrandingQuery, PageBrandingDto>
{
    public async ValueTask<PageBrandingDto> Handle(
        GetPageBrandingQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            query.PageSlug,
            cancellationToken
        );
        return PageBrandingDto.From(page.Slug, page.Branding);
    }
}
