using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Incidents.Common;
using Mediator;

namespace Incidents.Application.Incidents.Queries.GetIncident;

public sealed class GetIncidentQueryHandler(
    IIncidentReadRepository incidents,
    ICurrentCaller caller
) : IQueryHandler<GetIncidentQuery, IncidentDto>
{
    public async ValueTask<IncidentDto> Handle(
        GetIncidentQuery query,
        CancellationToken cancellationToken
    )
    {
        var incident =
            await incidents.GetAsync(caller.PageId, query.IncidentId, cancellationToken)
            ?? throw new NotFoundException(IncidentLoader.NotFoundMessage);
        return IncidentMapper.ToDto(incident);
    }
}
