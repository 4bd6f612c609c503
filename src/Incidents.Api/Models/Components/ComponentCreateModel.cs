using Incidents.Api.OpenApi;
using Incidents.Domain.Components;

namespace Incidents.Api.Models.Components;

public sealed record ComponentCreateModel(
    [ContractRequired] string? Name,
    string? Description,
    string? Group,
    int? DisplayOrder,
    [Vocabulary(typeof(ComponentStatus))] string? Status
);
