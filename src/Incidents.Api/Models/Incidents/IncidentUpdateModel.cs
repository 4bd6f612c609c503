namespace Incidents.Api.Models.Incidents;

/// <summary>The seed's IncidentUpdateModel, plus optional Impact, AffectedComponents, IsNotify and TemplateId.</summary>
public sealed record IncidentUpdateModel(
    Guid? IncidentId,
    string? Description,
    string? Status,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify,
    Guid? TemplateId
);
