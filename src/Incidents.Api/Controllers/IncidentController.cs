using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models;
using Incidents.Api.Models.Incidents;
using Incidents.Api.OpenApi;
using Incidents.Application.Common.Models;
using Incidents.Application.Incidents.Commands.CorrectIncidentUpdate;
using Incidents.Application.Incidents.Commands.DeleteIncident;
using Incidents.Application.Incidents.Commands.PublishPostmortem;
using Incidents.Application.Incidents.Commands.RevertPostmortem;
using Incidents.Application.Incidents.Commands.WritePostmortem;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Incidents.Queries;
using Incidents.Application.Incidents.Queries.GetIncident;
using Incidents.Application.Incidents.Queries.GetPostmortem;
using Incidents.Application.Incidents.Queries.ListIncidents;
using Incidents.Domain.Incidents;
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

    /// <summary>Corrects the text (and optionally the shown time) of one update; never notifies.</summary>
    [HttpPut("{id:guid}/Updates/{updateId:guid}")]
    [EndpointName("CorrectIncidentUpdate")]
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

    /// <summary>Deletes an incident: gone from the page, feeds, JSON and uptime; its audit entries and deliveries stay.</summary>
    [HttpDelete("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Admin)]
    public async Task<ApiMessage> Delete(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteIncidentCommand(id), cancellationToken);
        return new ApiMessage(true, "Incident deleted successfully");
    }

    /// <summary>Records a past incident: resolved, never notified, components' current status untouched.</summary>
    [HttpPost("Backfill")]
    [EndpointName("BackfillIncident")]
    [Authorize(Policy = ApiPolicies.Admin)]
    public async Task<ApiResponse<Guid>> Backfill(
        BackfillIncidentModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<Guid>.Ok(
            await mediator.Send(model.ToCommand(), cancellationToken),
            "Incident backfilled successfully"
        );

    /// <summary>Writes (or replaces) the postmortem draft of a resolved incident.</summary>
    [HttpPut("{id:guid}/Postmortem")]
    [EndpointName("WritePostmortem")]
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

    /// <summary>Get the postmortem: the draft, the published text and when it was published.</summary>
    [HttpGet("{id:guid}/Postmortem")]
    [EndpointName("GetPostmortem")]
    [Authorize(Policy = ApiPolicies.Read)]
    public async Task<ApiResponse<PostmortemDto>> GetPostmortem(
        Guid id,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PostmortemDto>.Ok(
            await mediator.Send(new GetPostmortemQuery(id), cancellationToken),
            "Postmortem retrieved successfully"
        );

    /// <summary>Publishes the postmortem on the page; with IsNotify, subscribers hear of it.</summary>
    [HttpPost("{id:guid}/Postmortem/Publish")]
    [EndpointName("PublishPostmortem")]
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

    /// <summary>Takes the postmortem off the page, back to a draft.</summary>
    [HttpPost("{id:guid}/Postmortem/Revert")]
    [EndpointName("RevertPostmortem")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> RevertPostmortem(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevertPostmortemCommand(id), cancellationToken);
        return new ApiMessage(true, "Postmortem reverted successfully");
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
