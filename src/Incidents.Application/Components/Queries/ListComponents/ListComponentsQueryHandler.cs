using Incidents.Application.Common.Interfaces;
using Mediator;

namespace Incidents.Application.Components.Queries.ListComponents;

public sealed class ListComponentsQueryHandler(
    IComponentReadRepository components,
    ICurrentCaller caller
) : IQueryHandler<ListComponentsQuery, IReadOnlyList<ComponentDto>>
{
    public async ValueTask<IReadOnlyList<ComponentDto>> Handle(
        ListComponentsQuery query,
        CancellationToken cancellationToken
    ) =>
        (await components.ListAsync(caller.PageId, cancellationToken))
            .Select(ComponentMapper.ToDto)
            .ToList();
}
