using Incidents.Application.Common.Models;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.ListPublicMaintenances;

/// <param name="Status">upcoming (the default), active or completed, case-insensitive.</param>
public sealed record ListPublicMaintenancesQuery(string Slug, string? Status, int? Page)
    : IQuery<PagedResult<PublicMaintenanceDto>>;
