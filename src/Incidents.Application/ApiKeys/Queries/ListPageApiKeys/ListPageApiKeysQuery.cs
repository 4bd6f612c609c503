using Mediator;

namespace Incidents.Application.ApiKeys.Queries.ListPageApiKeys;

/// <summary>The keys of the caller's page, never their secrets.</summary>
public sealed record ListPageApiKeysQuery : IQuery<IReadOnlyList<ApiKeyDto>>;
