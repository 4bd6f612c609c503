using Incidents.Application.PublicStatus.Common;

namespace Incidents.Application.PublicStatus.Queries.GetPublicMaintenance;

/// <param name="ComponentNames">Names of the page's components by id, to name the affected ones.</param>
public sealed record PublicMaintenancePageDto(
    PublicPageDto Page,
    PublicMaintenanceDto Maintenance,
    IReadOnlyDictionary<Guid, string> ComponentNames
);
