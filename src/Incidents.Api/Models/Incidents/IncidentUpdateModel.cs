namespace Incidents.Api.Models.Incidents;

/// <summary>The seed's IncidentUpdateModel, plus optional Impact, AffectedComponents and IsNotify, and Publish (true publishes an unpublished incident).</summary>
public sealed record IncidentUpdateModel(
    Guid? IncidentId,
    string? Description,
    string? Status,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify,
    bool? Publish = null
);
