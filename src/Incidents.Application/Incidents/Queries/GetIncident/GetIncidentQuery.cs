using Mediator;

namespace Incidents.Application.Incidents.Queries.GetIncident;

public sealed record GetIncidentQuery(Guid IncidentId) : IQuery<IncidentDto>;
