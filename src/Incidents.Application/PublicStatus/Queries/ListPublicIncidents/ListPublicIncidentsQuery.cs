using Incidents.Application.Common.Models;
using Incidents.Application.PublicStatus.Common;
using Mediator;

namespace Incidents.Application.PublicStatus.Queries.ListPublicIncidents;

/// <summary>A page's incidents, newest first, for the public API and the feeds.</summary>
public sealed record ListPublicIncidentsQuery(string Slug, int Page, int? PageSize = null)
    : IQuery<PagedResult<PublicIncidentDto>>;
