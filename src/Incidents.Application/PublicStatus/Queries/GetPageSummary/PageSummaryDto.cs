using Incidents.Application.PublicStatus.Common;

namespace Incidents.Application.PublicStatus.Queries.GetPageSummary;

public sealed record PageSummaryDto(
    PublicPageDto Page,
    OverallStatus Status,
    IReadOnlyList<PublicComponentDto> Components,
    IReadOnlyList<PublicIncidentDto> ActiveIncidents,
    IReadOnlyList<PublicIncidentDto> RecentIncidents,
    DateTimeOffset GeneratedAt
);
