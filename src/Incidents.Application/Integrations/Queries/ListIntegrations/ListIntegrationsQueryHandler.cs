using Incidents.Application.Common.Interfaces;
using Incidents.Application.Integrations.Common;
using Incidents.Domain.Integrations;
using Mediator;

namespace Incidents.Application.Integrations.Queries.ListIntegrations;

public sealed class ListIntegrationsQueryHandler(
    IIntegrationRepository integrations,
    ICurrentCaller caller
) : IQueryHandler<ListIntegrationsQuery, IReadOnlyList<IntegrationDto>>
{
    public async ValueTask<IReadOnlyList<IntegrationDto>> Handle(
        ListIntegrationsQuery query,
        CancellationToken cancellationToken
    ) =>
        (await integrations.ListAsync(caller.PageId, cancellationToken))
            .Select(IntegrationDto.From)
            .ToList();
}
