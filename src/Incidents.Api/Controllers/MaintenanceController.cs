using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models;
using Incidents.Api.Models.Maintenances;
using Incidents.Api.OpenApi;
using Incidents.Application.Common.Models;
using Incidents.Application.Maintenances.Commands.EndMaintenanceSeries;
using Incidents.Application.Maintenances.Common;
using Incidents.Application.Maintenances.Queries;
using Incidents.Application.Maintenances.Queries.GetMaintenance;
using Incidents.Application.Maintenances.Queries.ListMaintenances;
using Incidents.Domain.Maintenances;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>Scheduled maintenance, with the conventions of the Incident API (envelope, messages, roles).</summary>
[ApiController]
[Route("api/admin/Maintenance")]
[Produces("application/json")]
public sealed class MaintenanceController(IMediator mediator) : ControllerBase
{
    /// <summary>Schedule a maintenance, once or as a recurring series.</summary>
    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
    [ErrorResponse(
        400,
        "Title is required.",
        "Description is required.",
        "ScheduledFor is required.",
        "ScheduledUntil is required.",
        Maintenance.UntilAfterForMessage,
        Maintenance.UntilInFutureMessage
    )]
    public async Task<ApiResponse<Guid>> Create(
        MaintenanceCreateModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<Guid>.Ok(
            await mediator.Send(model.ToCommand(), cancellationToken),
            "Maintenance scheduled successfully"
        );

    /// <summary>Post an update to a maintenance: a timeline entry, optionally a forward status, a new window or components.</summary>
    [HttpPut]
    [Authorize(Policy = ApiPolicies.Write)]
    [ErrorResponse(
        400,
        "MaintenanceId is required.",
        "Description is required.",
        MaintenanceLoader.NotFoundMessage,
        Maintenance.AlreadyCompletedMessage,
        Maintenance.AlreadyCancelledMessage
    )]
    public async Task<ApiMessage> Update(
        MaintenanceUpdateModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Maintenance updated successfully");
    }

    /// <summary>Cancel a scheduled maintenance.</summary>
    [HttpPost("Cancel")]
    [Authorize(Policy = ApiPolicies.Write)]
    [ErrorResponse(
        400,
        "MaintenanceId is required.",
        MaintenanceLoader.NotFoundMessage,
        Maintenance.AlreadyCancelledMessage
    )]
    public async Task<ApiMessage> Cancel(
        CancelMaintenanceModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Maintenance cancelled successfully");
    }

    /// <summary>Ends the recurring series the maintenance belongs to: its scheduled occurrences are cancelled.</summary>
    [HttpDelete("{id:guid}/Series")]
    [Authorize(Policy = ApiPolicies.Write)]
    [EndpointName("EndMaintenanceSeries")]
    [ErrorResponse(404, MaintenanceLoader.NotFoundMessage)]
    [ErrorResponse(
        400,
        EndMaintenanceSeriesCommandHandler.NotRecurringMessage,
        MaintenanceSeries.AlreadyEndedMessage
    )]
    public async Task<ApiMessage> EndSeries(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new EndMaintenanceSeriesCommand(id), cancellationToken);
        return new ApiMessage(true, "Maintenance series ended successfully");
    }

    /// <summary>Get one maintenance with its timeline.</summary>
    [HttpGet("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Read)]
    [ErrorResponse(404, MaintenanceLoader.NotFoundMessage)]
    public async Task<ApiResponse<MaintenanceDto>> Get(
        Guid id,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<MaintenanceDto>.Ok(
            await mediator.Send(new GetMaintenanceQuery(id), cancellationToken),
            "Maintenance retrieved successfully"
        );

    /// <summary>List the page's maintenance, 20 a page.</summary>
    /// <param name="status">upcoming, active, completed, cancelled or all (default).</param>
    [HttpGet]
    [Authorize(Policy = ApiPolicies.Read)]
    [ErrorResponse(
        400,
        "Status must be one of: upcoming, active, completed, cancelled, all.",
        "Page must be at least 1.",
        "PageSize must be at least 1."
    )]
    public async Task<ApiResponse<PagedResult<MaintenanceDto>>> List(
        [FromQuery] string? status,
        [FromQuery] int? page,
        [FromQuery] int? pageSize,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PagedResult<MaintenanceDto>>.Ok(
            await mediator.Send(
                new ListMaintenancesQuery(status, page, pageSize),
                cancellationToken
            ),
            "Maintenances retrieved successfully"
        );
}
