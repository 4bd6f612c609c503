using Incidents.Api.Common;
using Incidents.Api.OpenApi;
using Incidents.Api.PublicStatus.Access;
using Incidents.Api.PublicStatus.Caching;
using Incidents.Api.PublicStatus.Models;
using Incidents.Application.Common.Models;
using Incidents.Application.PublicStatus.Common;
using Incidents.Application.PublicStatus.Queries.GetPageSummary;
using Incidents.Application.PublicStatus.Queries.GetPublicIncident;
using Incidents.Application.PublicStatus.Queries.GetPublicMaintenance;
using Incidents.Application.PublicStatus.Queries.ListPublicIncidents;
using Incidents.Application.PublicStatus.Queries.ListPublicMaintenances;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.PublicStatus;

/// <summary>The public JSON API: no key, served from the page's output cache.</summary>
[ApiController]
[AllowAnonymous]
[Route("api/public/{slug}")]
[Produces("application/json")]
[PublicCache]
[PageAccess(PageAccessKind.Json)]
public sealed class PublicStatusController(IMediator mediator) : ControllerBase
{
    /// <summary>The page at a glance: overall status, components, open incidents and maintenance.</summary>
    [HttpGet("summary")]
    [EndpointName("GetPublicSummary")]
    public async Task<ApiResponse<PublicSummary>> Summary(
        string slug,
        CancellationToken cancellationToken
    )
    {
        var summary = await mediator.Send(new GetPageSummaryQuery(slug), cancellationToken);
        var result = new PublicSummary(
            new PublicPageInfo(
                summary.Page.Id,
                summary.Page.Slug,
                summary.Page.Name,
                $"/status/{summary.Page.Slug}",
                summary.GeneratedAt
            ),
            new PublicStatusIndicator(summary.Status.Indicator, summary.Status.Description),
            summary
                .Components.Select(c => new PublicComponentSummary(
                    c.Id,
                    c.Name,
                    c.Description,
                    c.Group,
                    c.DisplayOrder,
                    c.Status,
                    c.UptimePercent
                ))
                .ToList(),
            summary.ActiveIncidents,
            new PublicMaintenanceSummary(summary.ActiveMaintenances, summary.UpcomingMaintenances)
        );
        return ApiResponse<PublicSummary>.Ok(result, "Summary retrieved successfully");
    }

    /// <summary>Components with their 90-day history (one entry per UTC day) and uptime.</summary>
    [HttpGet("components")]
    [EndpointName("ListPublicComponents")]
    public async Task<ApiResponse<IReadOnlyList<PublicComponentDto>>> Components(
        string slug,
        CancellationToken cancellationToken
    )
    {
        var summary = await mediator.Send(new GetPageSummaryQuery(slug), cancellationToken);
        return ApiResponse<IReadOnlyList<PublicComponentDto>>.Ok(
            summary.Components,
            "Components retrieved successfully"
        );
    }

    /// <summary>The page's incidents, newest first, 20 a page.</summary>
    [HttpGet("incidents")]
    [EndpointName("ListPublicIncidents")]
    public async Task<ApiResponse<PagedResult<PublicIncidentDto>>> Incidents(
        string slug,
        [FromQuery] int? page,
        CancellationToken cancellationToken
    )
    {
        var result = await mediator.Send(
            new ListPublicIncidentsQuery(slug, page ?? 1),
            cancellationToken
        );
        return ApiResponse<PagedResult<PublicIncidentDto>>.Ok(
            result,
            "Incidents retrieved successfully"
        );
    }

    /// <summary>One incident of the page with its timeline.</summary>
    [HttpGet("incidents/{id:guid}")]
    [EndpointName("GetPublicIncident")]
    [ErrorResponse(404, "Incident not found.")]
    public async Task<ApiResponse<PublicIncidentDto>> Incident(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        var result = await mediator.Send(new GetPublicIncidentQuery(slug, id), cancellationToken);
        return ApiResponse<PublicIncidentDto>.Ok(
            result.Incident,
            "Incident retrieved successfully"
        );
    }

    /// <summary>?status=upcoming (default, soonest first) | active (soonest first) | completed (latest first); 20 a page.</summary>
    [HttpGet("maintenance")]
    [EndpointName("ListPublicMaintenance")]
    [ErrorResponse(400, "Status must be one of: upcoming, active, completed.")]
    public async Task<ApiResponse<PagedResult<PublicMaintenanceDto>>> Maintenance(
        string slug,
        [FromQuery] string? status,
        [FromQuery] int? page,
        CancellationToken cancellationToken
    )
    {
        var result = await mediator.Send(
            new ListPublicMaintenancesQuery(slug, status, page),
            cancellationToken
        );
        return ApiResponse<PagedResult<PublicMaintenanceDto>>.Ok(
            result,
            "Maintenance retrieved successfully"
        );
    }

    /// <summary>One maintenance of this page with its timeline; another page's is not found (404).</summary>
    [HttpGet("maintenance/{id:guid}")]
    [EndpointName("GetPublicMaintenance")]
    [ErrorResponse(404, GetPublicMaintenanceQueryHandler.NotFoundMessage)]
    public async Task<ApiResponse<PublicMaintenanceDto>> MaintenanceById(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        var result = await mediator.Send(
            new GetPublicMaintenanceQuery(slug, id),
            cancellationToken
        );
        return ApiResponse<PublicMaintenanceDto>.Ok(
            result.Maintenance,
            "Maintenance retrieved successfully"
        );
    }
}
