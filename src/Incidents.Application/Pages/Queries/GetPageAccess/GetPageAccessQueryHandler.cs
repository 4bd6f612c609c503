using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Queries.GetPageAccess;

public sealed class GetPageAccessQueryHandler(IStatusPageRepository pages, ICurrentCaller caller)
    : IQueryHandler<GetPageAccessQuery, PageAccessDto>
{
    public async ValueTask<PageAccessDto> Handle(
        GetPageAccessQuery query,
        CancellationToken cancellationToken
    ) =>
        PageAccessDto.Of(
            await PageHostnameTarget.ResolveAsync(pages, caller, query.PageSlug, cancellationToken)
        );
}
