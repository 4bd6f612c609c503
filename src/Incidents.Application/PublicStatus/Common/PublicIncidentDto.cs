namespace Incidents.Application.PublicStatus.Common;

/// <summary>
/// An incident as the public sees it (no notify flags, no external ids). Status is "Postmortem"
/// once a postmortem is published, whose Markdown is <see cref="Postmortem"/>.
/// </summary>
public sealed record PublicIncidentDto(
    Guid Id,
    string Title,
    string Status,
    string Impact,
    IReadOnlyList<Guid> AffectedComponents,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<PublicIncidentUpdateDto> Updates,
    string? Postmortem = null,
    DateTimeOffset? PostmortemPublishedAt = null
);
