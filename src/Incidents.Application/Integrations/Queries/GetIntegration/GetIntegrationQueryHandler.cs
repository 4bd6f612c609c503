using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Integrations.Common;
using Incidents.Domain.Integrations;
using Mediator;

namespace Incidents.Application.Integrations.Queries.GetIntegration;

public sealed class GetIntegrationQueryHandler(
    IIntegrationRepository integrations,
    ICurrentCaller caller
) : IQueryHandler<GetIntegrationQuery, IntegrationDto>
{
    public async ValueTask<IntegrationDto> Handle(
        GetIntegrationQuery query,
        CancellationToken cancellationToken
    ) =>
        IntegrationDto.From(
            await integrations.GetAsync(caller.PageId, query.IntegrationId, cancellationToken)
                ?? throw new NotFoundException($"Integration {query.IntegrationId} not found.")
        );
}
