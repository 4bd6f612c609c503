using Incidents.Application.PublicStatus.Common;

namespace Incidents.Application.PublicStatus.Queries.GetIncidentHistoryByMonth;

/// <summary>
/// One month of history; <see cref="Previous"/>/<see cref="Next"/> are null at the page's ends.
/// <see cref="Maintenances"/>: completed ones whose window started that month (UTC);
/// <see cref="ComponentNames"/> names their components.
/// </summary>
public sealed record IncidentHistoryMonthDto(
    PublicPageDto Page,
    DateOnly Month,
    DateOnly? Previous,
    DateOnly? Next,
    IReadOnlyList<PublicIncidentDto> Incidents,
    IReadOnlyList<PublicMaintenanceDto> Maintenances,
    IReadOnlyDictionary<Guid, string> ComponentNames
);
