namespace Incidents.Application.PublicStatus.Common;

/// <param name="CreatedAt">The time shown (a correction may have set it).</param>
/// <param name="UpdatedAt">When the text or time was last corrected, or null.</param>
public sealed record PublicIncidentUpdateDto(
    Guid Id,
    string Status,
    string Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt = null,
    IReadOnlyDictionary<string, string>? Translations = null
);
