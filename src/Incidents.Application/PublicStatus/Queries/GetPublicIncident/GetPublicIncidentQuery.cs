using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPublicIncident;

public sealed record GetPublicIncidentQuery(string Slug, Guid IncidentId)
    : IQuery<PublicIncidentPageDto>;
