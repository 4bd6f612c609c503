using Mediator;

namespace Incidents.Application.Components.Queries.GetComponent;

public sealed record GetComponentQuery(Guid ComponentId) : IQuery<ComponentDto>;
