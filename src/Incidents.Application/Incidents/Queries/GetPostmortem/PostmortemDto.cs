namespace Incidents.Application.Incidents.Queries.GetPostmortem;

/// <param name="Draft">The text being written (null before the first save).</param>
/// <param name="Published">The text the page shows (null when not published).</param>
public sealed record PostmortemDto(
    Guid IncidentId,
    string? Draft,
    string? Published,
    DateTimeOffset? PublishedAt
);
