using Mediator;

namespace Incidents.Application.Components.Queries.ListComponents;

public sealed record ListComponentsQuery : IQuery<IReadOnlyList<ComponentDto>>;
