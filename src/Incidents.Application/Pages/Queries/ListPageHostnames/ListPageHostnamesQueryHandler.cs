using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Queries.ListPageHostnames;

public sealed class ListPageHostnamesQueryHandler(
    IStatusPageRepository pages,
    ICurrentCaller caller
) : IQueryHandler<ListPageHostnamesQuery, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(
        ListPageHostnamesQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            query.PageSlug,
            cancellationToken
        );
        return [.. page.Hostnames.Select(h => h.Name).Order(StringComparer.Ordinal)];
    }
}
