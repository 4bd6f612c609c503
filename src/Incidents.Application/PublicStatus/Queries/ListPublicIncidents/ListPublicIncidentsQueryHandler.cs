using Incidents.Application.Common.Models;
using Incidents.Application.Incidents.Queries;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.ListPublicIncidents;

public sealed class ListPublicIncidentsQueryHandler(
    IPublicStatusReader reader,
    IIncidentReadRepository incidents
) : IQueryHandler<ListPublicIncidentsQuery, PagedResult<PublicIncidentDto>>
{
    public async ValueTask<PagedResult<PublicIncidentDto>> Handle(
        ListPublicIncidentsQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await reader.RequireAsync(query.Slug, cancellationToken);
        var number = Math.Max(1, query.Page);
        var size = Paging.Size(query.PageSize);
        var (items, total) = await incidents.ListAsync(
            page.Id,
            null,
            number,
            size,
            cancellationToken,
            publishedOnly: true
        );
        return new PagedResult<PublicIncidentDto>(
            items.Select(PublicIncidentMapper.ToDto).ToList(),
            number,
            size,
            total
        );
    }
}
