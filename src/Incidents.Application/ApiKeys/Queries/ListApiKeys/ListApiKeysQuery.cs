using Mediator;

namespace Incidents.Application.ApiKeys.Queries.ListApiKeys;

public sealed record ListApiKeysQuery(string PageSlug) : IQuery<IReadOnlyList<ApiKeyDto>>;
