using Incidents.Application.Common.Interfaces;
using Incidents.Domain.ApiKeys;
using Mediator;

namespace Incidents.Application.ApiKeys.Queries.ListPageApiKeys;

public sealed class ListPageApiKeysQueryHandler(IApiKeyRepository apiKeys, ICurrentCaller caller)
    : IQueryHandler<ListPageApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async ValueTask<IReadOnlyList<ApiKeyDto>> Handle(
        ListPageApiKeysQuery query,
        CancellationToken cancellationToken
    ) =>
        (await apiKeys.ListAsync(caller.PageId, cancellationToken)).Select(ApiKeyDto.From).ToList();
}
