namespace Incidents.Api.Models.Incidents;

/// <summary>Body of POST /api/admin/Incident/Backfill.</summary>
public sealed record BackfillIncidentModel(
    string? Title,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    DateTimeOffset? StartedAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<BackfillUpdateModel>? Updates
);
