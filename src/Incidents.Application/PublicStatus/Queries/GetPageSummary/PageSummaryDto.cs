using Incidents.Application.PublicStatus.Common;

namespace Incidents.Application.PublicStatus.Queries.GetPageSummary;

/// <param name="ActiveMaintenances">In Progress or Verifying, soonest window first.</param>
/// <param name="UpcomingMaintenances">Scheduled, soonest first.</param>
/// <param name="RecentMaintenances">Completed in the last <see cref="GetPageSummaryQueryHandler.RecentDays"/> days, latest first.</param>
public sealed record PageSummaryDto(
    PublicPageDto Page,
    OverallStatus Status,
    IReadOnlyList<PublicComponentDto> Components,
    IReadOnlyList<PublicIncidentDto> ActiveIncidents,
    IReadOnlyList<PublicIncidentDto> RecentIncidents,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<PublicMaintenanceDto> ActiveMaintenances,
    IReadOnlyList<PublicMaintenanceDto> UpcomingMaintenances,
    IReadOnlyList<PublicMaintenanceDto> RecentMaintenances
);
