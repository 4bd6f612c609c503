using Incidents.Application.Common.Exceptions;
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
        var page =
            await pages.GetBySlugAsync(query.PageSlug, cancellationToken)
            ?? throw new InvalidRequestException($"Page '{query.PageSlug}' not found.");
        return (await apiKeys.ListAsync(page.Id, cancellationToken))
            .Select(ApiKeyDto.From)
            .ToList();
    }
}
