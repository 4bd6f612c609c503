using Incidents.Application.PublicStatus.Common;

namespace Incidents.Api.PublicStatus.Models;

/// <summary>GET /api/public/{slug}/summary: the shape of Statuspage's summary, in our envelope style.</summary>
public sealed record PublicSummary(
    PublicPageInfo Page,
    PublicStatusIndicator Status,
    IReadOnlyList<PublicComponentSummary> Components,
    IReadOnlyList<PublicIncidentDto> Incidents,
    PublicMaintenanceSummary Maintenance
);
