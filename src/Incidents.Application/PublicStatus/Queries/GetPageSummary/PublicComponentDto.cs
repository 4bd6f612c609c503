namespace Incidents.Application.PublicStatus.Queries.GetPageSummary;

/// <summary>A component with its current status, 90-day bar and uptime.</summary>
public sealed record PublicComponentDto(
    Guid Id,
    string Name,
    string? Description,
    string? Group,
    int DisplayOrder,
    string Status,
    double UptimePercent,
    IReadOnlyList<PublicDayDto> Days
);
