namespace Incidents.Api.Models.Incidents;

/// <summary>Body of POST /api/admin/Incident/Backfill.</summary>
public sealed record BackfillIncidentModel(
    string? Title,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    DateTimeOffset? StartedAt,
    DateTimeOffset? ResolvedAt,
    // Elements nullable: JSON may hold a null in the list; the validator refuses it (400), the
    // mapping must not dereference it first.
    IReadOnlyList<BackfillUpdateModel?>? Updates
);
