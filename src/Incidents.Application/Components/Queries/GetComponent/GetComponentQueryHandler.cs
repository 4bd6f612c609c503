using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Mediator;

namespace Incidents.Application.Components.Queries.GetComponent;

public sealed class GetComponentQueryHandler(
    IComponentReadRepository components,
    ICurrentCaller caller
) : IQueryHandler<GetComponentQuery, ComponentDto>
{
    public async ValueTask<ComponentDto> Handle(
        GetComponentQuery query,
        CancellationToken cancellationToken
    )
    {
        var component =
            await components.GetAsync(caller.PageId, query.ComponentId, cancellationToken)
            ?? throw new NotFoundException($"Component {query.ComponentId} not found.");
        return ComponentMapper.ToDto(component);
    }
}
