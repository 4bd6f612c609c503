using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models;
using Incidents.Api.Models.Incidents;
using Incidents.Application.Common.Models;
using Incidents.Application.Incidents.Commands.CorrectIncidentUpdate;
using Incidents.Application.Incidents.Commands.DeleteIncident;
using Incidents.Application.Incidents.Commands.PublishPostmortem;
using Incidents.Application.Incidents.Commands.RevertPostmortem;
using Incidents.Application.Incidents.Commands.WritePostmortem;
using Incidents.Application.Incidents.Queries;
using Incidents.Application.Incidents.Queries.GetIncident;
using Incidents.Application.Incidents.Queries.GetPostmortem;
using Incidents.Application.Incidents.Queries.ListIncidents;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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

    /// <summary>Corrects the text (and optionally the shown time) of one update; never notifies.</summary>
    [HttpPut("{id:guid}/Updates/{updateId:guid}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> CorrectUpdate(
        Guid id,
        Guid updateId,
        CorrectUpdateModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(
            new CorrectIncidentUpdateCommand(id, updateId, model.Description, model.DisplayAt),
            cancellationToken
        );
        return new ApiMessage(true, "Update corrected successfully");
    }

    [HttpDelete("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Admin)]
    public async Task<ApiMessage> Delete(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteIncidentCommand(id), cancellationToken);
        return new ApiMessage(true, "Incident deleted successfully");
    }

    /// <summary>Records a past incident: resolved, never notified, components' current status untouched.</summary>
    [HttpPost("Backfill")]
    [Authorize(Policy = ApiPolicies.Admin)]
    public async Task<ApiResponse<Guid>> Backfill(
        BackfillIncidentModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<Guid>.Ok(
            await mediator.Send(model.ToCommand(), cancellationToken),
            "Incident backfilled successfully"
        );

    [HttpPut("{id:guid}/Postmortem")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> WritePostmortem(
        Guid id,
        PostmortemModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(new WritePostmortemCommand(id, model.Body), cancellationToken);
        return new ApiMessage(true, "Postmortem saved successfully");
    }

    [HttpGet("{id:guid}/Postmortem")]
    [Authorize(Policy = ApiPolicies.Read)]
    public async Task<ApiResponse<PostmortemDto>> GetPostmortem(
        Guid id,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PostmortemDto>.Ok(
            await mediator.Send(new GetPostmortemQuery(id), cancellationToken),
            "Postmortem retrieved successfully"
        );

    [HttpPost("{id:guid}/Postmortem/Publish")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> PublishPostmortem(
        Guid id,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] PublishPostmortemModel? model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(new PublishPostmortemCommand(id, model?.IsNotify), cancellationToken);
        return new ApiMessage(true, "Postmortem published successfully");
    }

    [HttpPost("{id:guid}/Postmortem/Revert")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> RevertPostmortem(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevertPostmortemCommand(id), cancellationToken);
        return new ApiMessage(true, "Postmortem reverted successfully");
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
