using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Maintenances.Queries.ListMaintenances;

/// <param name="Status">upcoming, active, completed, cancelled or all (default).</param>
public sealed record ListMaintenancesQuery(string? Status, int? Page, int? PageSize)
    : IQuery<PagedResult<MaintenanceDto>>;
