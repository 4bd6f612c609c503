using Mediator;

namespace Incidents.Application.Incidents.Queries.GetPostmortem;

public sealed record GetPostmortemQuery(Guid IncidentId) : IQuery<PostmortemDto>;
