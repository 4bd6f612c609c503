namespace Incidents.Application.PublicStatus.Common;

/// <summary>
/// An incident as the public sees it (no notify flags, no external ids). Status is "Postmortem"
/// once a postmortem is published, whose Markdown is <see cref="Postmortem"/>.
/// <see cref="TitleTranslations"/> and each update's Translations hold the text in other
/// languages (the page shows the reader's language when there is one).
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
    DateTimeOffset? PostmortemPublishedAt = null,
    IReadOnlyDictionary<string, string>? TitleTranslations = null
);
