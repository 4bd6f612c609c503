using Incidents.Application.Pages.Common;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.ApiKeys.Queries.ListApiKeys;

public sealed class ListApiKeysQueryHandler(IStatusPageRepository pages, IApiKeyRepository apiKeys)
    : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async ValueTask<IReadOnlyList<ApiKeyDto>> Handle(
        ListApiKeysQuery query,
        CancellationToken cancellationToken
    )
    {
        var page = await pages.RequireBySlugAsync(query.PageSlug, cancellationToken);
        return (await apiKeys.ListAsync(page.Id, cancellationToken))
            .Select(ApiKeyDto.From)
            .ToList();
    }
}
