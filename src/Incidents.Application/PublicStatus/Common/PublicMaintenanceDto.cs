namespace Incidents.Application.PublicStatus.Common;

/// <summary>
/// A maintenance as the public sees it (no notify flags, no automation settings). Times are UTC;
/// the timeline is newest first and has the same shape as an incident's.
/// </summary>
public sealed record PublicMaintenanceDto(
    Guid Id,
    string Title,
    string Status,
    DateTimeOffset ScheduledFor,
    DateTimeOffset ScheduledUntil,
    IReadOnlyList<Guid> AffectedComponents,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? CancelledAt,
    IReadOnlyList<PublicIncidentUpdateDto> Updates,
    IReadOnlyDictionary<string, string>? TitleTranslations = null
);
