namespace Incidents.Api.PublicStatus.Models;

public sealed record PublicComponentSummary(
    Guid Id,
    string Name,
    string? Description,
    string? Group,
    int DisplayOrder,
    string Status,
    double UptimePercent
);
