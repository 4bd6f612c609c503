namespace Incidents.Api.Models.Templates;

/// <summary>PUT /api/admin/Template: null fields keep their values; an empty Group, Title, Description, Status or Impact clears it.</summary>
public sealed record TemplateUpdateModel(
    Guid? TemplateId,
    string? Name,
    string? Group,
    string? Kind,
    string? Title,
    string? Description,
    string? Status,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify
);
