using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models;
using Incidents.Api.Models.Maintenances;
using Incidents.Application.Common.Models;
using Incidents.Application.Maintenances.Commands.EndMaintenanceSeries;
using Incidents.Application.Maintenances.Queries;
using Incidents.Application.Maintenances.Queries.GetMaintenance;
using Incidents.Application.Maintenances.Queries.ListMaintenances;
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
    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiResponse<Guid>> Create(
        MaintenanceCreateModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<Guid>.Ok(
            await mediator.Send(model.ToCommand(), cancellationToken),
            "Maintenance scheduled successfully"
        );

    [HttpPut]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> Update(
        MaintenanceUpdateModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Maintenance updated successfully");
    }

    [HttpPost("Cancel")]
    [Authorize(Policy = ApiPolicies.Write)]
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
    public async Task<ApiMessage> EndSeries(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new EndMaintenanceSeriesCommand(id), cancellationToken);
        return new ApiMessage(true, "Maintenance series ended successfully");
    }

    [HttpGet("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Read)]
    public async Task<ApiResponse<MaintenanceDto>> Get(
        Guid id,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<MaintenanceDto>.Ok(
            await mediator.Send(new GetMaintenanceQuery(id), cancellationToken),
            "Maintenance retrieved successfully"
        );

    /// <param name="status">upcoming, active, completed, cancelled or all (default).</param>
    [HttpGet]
    [Authorize(Policy = ApiPolicies.Read)]
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
