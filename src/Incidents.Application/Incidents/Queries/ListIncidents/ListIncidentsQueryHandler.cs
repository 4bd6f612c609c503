using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Incidents.Queries.ListIncidents;

public sealed class ListIncidentsQueryHandler(
    IIncidentReadRepository incidents,
    ICurrentCaller caller
) : IQueryHandler<ListIncidentsQuery, PagedResult<IncidentDto>>
{
    public async ValueTask<PagedResult<IncidentDto>> Handle(
        ListIncidentsQuery query,
        CancellationToken cancellationToken
    )
    {
        bool? resolved = query.Status?.ToUpperInvariant() switch
        {
            "OPEN" => false,
            "RESOLVED" => true,
            _ => null,
        };
        var page = query.Page ?? 1;
        var pageSize = Paging.Size(query.PageSize);
        var (items, total) = await incidents.ListAsync(
            caller.PageId,
            resolved,
            page,
            pageSize,
            cancellationToken
        );
        return new PagedResult<IncidentDto>(
            items.Select(IncidentMapper.ToDto).ToList(),
            page,
            pageSize,
            total
        );
    }
}
