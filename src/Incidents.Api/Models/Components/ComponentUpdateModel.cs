using Incidents.Api.OpenApi;
using Incidents.Domain.Components;

namespace Incidents.Api.Models.Components;

/// <summary>Fields left out (null) keep their current values.</summary>
public sealed record ComponentUpdateModel(
    [ContractRequired] Guid? ComponentId,
    string? Name,
    string? Description,
    string? Group,
    int? DisplayOrder,
    [Vocabulary(typeof(ComponentStatus))] string? Status,
    bool? IsNotify
);
