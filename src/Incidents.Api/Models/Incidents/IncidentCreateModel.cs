namespace Incidents.Api.Models.Incidents;

/// <summary>The seed's IncidentCreateModel (plus ExternalId and Publish). Enum-like fields are strings so that a wrong value gets our message.</summary>
public sealed record IncidentCreateModel(
    string? Title,
    string? Description,
    string? Status,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify,
    string? ExternalId,
    bool? Publish = null
);
