namespace Incidents.Application.PublicStatus.Common;

/// <summary>An incident as the public sees it (no notify flags, no external ids).</summary>
public sealed record PublicIncidentDto(
    Guid Id,
    string Title,
    string Status,
    string Impact,
    IReadOnlyList<Guid> AffectedComponents,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<PublicIncidentUpdateDto> Updates
);
