namespace Incidents.Application.PublicStatus.Queries.GetPageSummary;

/// <summary>A maintenance on a bar day, with its planned window (UTC) for the tooltip.</summary>
public sealed record PublicDayMaintenanceDto(
    Guid Id,
    string Title,
    DateTimeOffset ScheduledFor,
    DateTimeOffset ScheduledUntil
);
