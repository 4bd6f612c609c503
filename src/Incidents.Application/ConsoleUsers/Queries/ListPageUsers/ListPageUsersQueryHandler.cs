using Incidents.Application.ConsoleUsers.Common;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Queries.ListPageUsers;

public sealed class ListPageUsersQueryHandler(
    IConsoleUserDirectory directory,
    IStatusPageRepository pages
) : IQueryHandler<ListPageUsersQuery, IReadOnlyList<PageUserDto>>
{
    public async ValueTask<IReadOnlyList<PageUserDto>> Handle(
        ListPageUsersQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await pages.RequireBySlugAsync(query.PageSlug, cancellationToken);
        return await directory.ListOnPageAsync(page.Id, cancellationToken);
    }
}
