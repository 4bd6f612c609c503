namespace Incidents.Api.Models.Templates;

/// <summary>POST /api/admin/Template. Kind is Incident (default) or Maintenance.</summary>
public sealed record TemplateCreateModel(
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
