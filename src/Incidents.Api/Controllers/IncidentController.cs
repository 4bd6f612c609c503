using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models;
using Incidents.Api.Models.Incidents;
using Incidents.Application.Common.Models;
using Incidents.Application.Incidents.Queries;
using Incidents.Application.Incidents.Queries.GetIncident;
using Incidents.Application.Incidents.Queries.ListIncidents;
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

    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
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

    [HttpPut]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> Update(
        IncidentUpdateModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Incident updated successfully");
    }

    [HttpPost("ResolveIncident")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> Resolve(
        ResolveIncidentModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Incident resolved successfully");
    }

    [HttpGet("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Read)]
    public async Task<ApiResponse<IncidentDto>> Get(Guid id, CancellationToken cancellationToken) =>
        ApiResponse<IncidentDto>.Ok(
            await mediator.Send(new GetIncidentQuery(id), cancellationToken),
            "Incident retrieved successfully"
        );

    /// <param name="status">open, resolved or all (default).</param>
    [HttpGet]
    [Authorize(Policy = ApiPolicies.Read)]
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
