namespace Incidents.Application.PublicStatus.Queries.GetPageSummary;

/// <summary>One bar segment: the day (UTC), its worst status (null = no data yet) and the incidents that touched it.</summary>
public sealed record PublicDayDto(
    DateOnly Date,
    string? Status,
    IReadOnlyList<PublicDayIncidentDto> Incidents
);
