using Incidents.Application.Common.Exceptions;
using Incidents.Application.Incidents.Queries;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPublicIncident;

public sealed class GetPublicIncidentQueryHandler(
    IPublicStatusReader reader,
    IIncidentReadRepository incidents
) : IQueryHandler<GetPublicIncidentQuery, PublicIncidentPageDto>
{
    public async ValueTask<PublicIncidentPageDto> Handle(
        GetPublicIncidentQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await reader.RequireAsync(query.Slug, cancellationToken);
        var incident = await incidents.GetAsync(page.Id, query.IncidentId, cancellationToken);
        if (incident is null || !incident.IsPublished)
        {
            throw new NotFoundException("Incident not found.");
        }

        return new PublicIncidentPageDto(page, PublicIncidentMapper.ToDto(incident));
    }
}
