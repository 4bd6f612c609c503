using Incidents.Api.OpenApi;
using Incidents.Domain.ApiKeys;

namespace Incidents.Api.Models.ApiKeys;

/// <param name="Role">Read, Write or Admin.</param>
public sealed record ApiKeyCreateModel(
    [ContractRequired] string? Name,
    [ContractRequired, Vocabulary(typeof(ApiKeyRole))] string? Role
);
