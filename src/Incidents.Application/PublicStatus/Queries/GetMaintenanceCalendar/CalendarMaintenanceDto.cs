namespace Incidents.Application.PublicStatus.Queries.GetMaintenanceCalendar;

/// <summary>One calendar event: the window in UTC, the reschedule counter (SEQUENCE) and the latest update's text.</summary>
public sealed record CalendarMaintenanceDto(
    Guid Id,
    string Title,
    string Status,
    bool IsCancelled,
    DateTimeOffset ScheduledFor,
    DateTimeOffset ScheduledUntil,
    int Sequence,
    string Description,
    IReadOnlyList<string> AffectedComponents,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt
);
