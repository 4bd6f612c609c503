using Incidents.Application.Common.Models;
using Mediator;

namespace Incidents.Application.Incidents.Queries.ListIncidents;

/// <param name="Status">open, resolved or all (default).</param>
public sealed record ListIncidentsQuery(string? Status, int? Page, int? PageSize)
    : IQuery<PagedResult<IncidentDto>>;
