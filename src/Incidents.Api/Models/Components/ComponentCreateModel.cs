namespace Incidents.Api.Models.Components;

public sealed record ComponentCreateModel(
    string? Name,
    string? Description,
    string? Group,
    int? DisplayOrder,
    string? Status
);
