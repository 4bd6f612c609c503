using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models;
using Incidents.Api.Models.Incidents;
using Incidents.Api.OpenApi;
using Incidents.Application.Common.Models;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Incidents.Queries;
using Incidents.Application.Incidents.Queries.GetIncident;
using Incidents.Application.Incidents.Queries.ListIncidents;
using Incidents.Domain.Incidents;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>The seed's admin Incident API. Routes and messages are the vendor contract, to the letter.</summary>
[ApiController]
[Route("api/admin/Incident")]
[Produces("application/json")]
public sealed class IncidentController(IMediator mediator) : ControllerBase
{
    public const string AlreadyOpenMessage = "Incident already open for this ExternalId.";

    /// <summary>Declare an incident and optionally notify subscribers.</summary>
    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
    [ErrorResponse(
        400,
        "Title is required.",
        "Description is required.",
        "An incident cannot be opened as Resolved.",
        "Impact must be one of: None, Degraded Performance, Partial Outage, Major Outage."
    )]
    public async Task<ApiResponse<Guid>> Create(
        IncidentCreateModel model,
        CancellationToken cancellationToken
    )
    {
        var result = await mediator.Send(model.ToCommand(), cancellationToken);
        return ApiResponse<Guid>.Ok(
            result.IncidentId,
            result.Created ? "Incident created successfully" : AlreadyOpenMessage
        );
    }

    /// <summary>Post an update to an incident: a timeline entry, optionally a new status, impact or components.</summary>
    [HttpPut]
    [Authorize(Policy = ApiPolicies.Write)]
    [ErrorResponse(
        400,
        "IncidentId is required.",
        "Description is required.",
        IncidentLoader.NotFoundMessage,
        Incident.AlreadyResolvedMessage
    )]
    public async Task<ApiMessage> Update(
        IncidentUpdateModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Incident updated successfully");
    }

    /// <summary>Mark an incident as resolved.</summary>
    [HttpPost("ResolveIncident")]
    [Authorize(Policy = ApiPolicies.Write)]
    [ErrorResponse(
        400,
        "IncidentId is required.",
        IncidentLoader.NotFoundMessage,
        Incident.AlreadyResolvedMessage
    )]
    public async Task<ApiMessage> Resolve(
        ResolveIncidentModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Incident resolved successfully");
    }

    /// <summary>Get one incident with its timeline.</summary>
    [HttpGet("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Read)]
    [ErrorResponse(404, IncidentLoader.NotFoundMessage)]
    public async Task<ApiResponse<IncidentDto>> Get(Guid id, CancellationToken cancellationToken) =>
        ApiResponse<IncidentDto>.Ok(
            await mediator.Send(new GetIncidentQuery(id), cancellationToken),
            "Incident retrieved successfully"
        );

    /// <summary>List the page's incidents, newest first, 20 a page.</summary>
    /// <param name="status">open, resolved or all (default).</param>
    [HttpGet]
    [Authorize(Policy = ApiPolicies.Read)]
    [ErrorResponse(
        400,
        "Status must be one of: open, resolved, all.",
        "Page must be at least 1.",
        "PageSize must be at least 1."
    )]
    public async Task<ApiResponse<PagedResult<IncidentDto>>> List(
        [FromQuery] string? status,
        [FromQuery] int? page,
        [FromQuery] int? pageSize,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PagedResult<IncidentDto>>.Ok(
            await mediator.Send(new ListIncidentsQuery(status, page, pageSize), cancellationToken),
            "Incidents retrieved successfully"
        );
}
