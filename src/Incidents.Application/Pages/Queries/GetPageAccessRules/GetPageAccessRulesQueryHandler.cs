using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Queries.GetPageAccessRules;

public sealed class GetPageAccessRulesQueryHandler(IStatusPageRepository pages)
    : IQueryHandler<GetPageAccessRulesQuery, PageAccessRules?>
{
    public async ValueTask<PageAccessRules?> Handle(
        GetPageAccessRulesQuery query,
        CancellationToken cancellationToken
    ) =>
        await pages.GetByIdAsync(query.PageId, cancellationToken) is { } page
            ? new PageAccessRules(
                page.Id,
                page.Slug,
                page.Visibility,
                page.IpAllowList,
                page.FeedTokenHash,
                page.AccessVersion
            )
            : null;
}
