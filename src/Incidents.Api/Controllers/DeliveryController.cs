using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.OpenApi;
using Incidents.Application.Subscribers.Commands.RetryDelivery;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

[ApiController]
[Route("api/admin/Delivery")]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Admin)]
public sealed class DeliveryController(IMediator mediator) : ControllerBase
{
    /// <summary>Replays a finished delivery: same webhook-id and payload, a fresh attempt budget.</summary>
    [HttpPost("{id:guid}/Retry")]
    [ErrorResponse(404, "Delivery 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found.")]
    public async Task<ApiMessage> Retry(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RetryDeliveryCommand(id), cancellationToken);
        return new ApiMessage(true, "Delivery queued for retry");
    }
}
