namespace Incidents.Api.Models.Components;

/// <summary>Fields left out (null) keep their current values.</summary>
public sealed record ComponentUpdateModel(
    Guid? ComponentId,
    string? Name,
    string? Description,
    string? Group,
    int? DisplayOrder,
    string? Status,
    bool? IsNotify
);
