using Incidents.Application.PublicStatus.Common;

namespace Incidents.Api.PublicStatus.Models;

/// <summary>The summary's maintenance: in progress (Active) and scheduled (Upcoming), soonest first.</summary>
public sealed record PublicMaintenanceSummary(
    IReadOnlyList<PublicMaintenanceDto> Active,
    IReadOnlyList<PublicMaintenanceDto> Upcoming
);
