namespace Incidents.Application.PublicStatus.Queries.GetPageSummary;

/// <summary>
/// One bar segment: the day (UTC), its worst status (null = no data yet), the incidents that
/// touched it and the maintenances the component was under that day.
/// </summary>
public sealed record PublicDayDto(
    DateOnly Date,
    string? Status,
    IReadOnlyList<PublicDayIncidentDto> Incidents,
    IReadOnlyList<PublicDayMaintenanceDto> Maintenances
);
