using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.Subscribers;
using Incidents.Api.OpenApi;
using Incidents.Application.Common.Models;
using Incidents.Application.Subscribers.Commands.CreateSubscriber;
using Incidents.Application.Subscribers.Commands.DeleteSubscriber;
using Incidents.Application.Subscribers.Commands.RotateSubscriberSecret;
using Incidents.Application.Subscribers.Queries;
using Incidents.Application.Subscribers.Queries.GetSubscriber;
using Incidents.Application.Subscribers.Queries.ListDeliveries;
using Incidents.Application.Subscribers.Queries.ListSubscribers;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>Email and webhook subscribers of the caller's page, and their delivery logs.</summary>
[ApiController]
[Route("api/admin/Subscriber")]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Admin)]
public sealed class SubscriberController(IMediator mediator) : ControllerBase
{
    /// <summary>Result: {Id, Secret}; the webhook secret is shown only here and by RotateSecret.</summary>
    [HttpPost]
    [ErrorResponse(
        400,
        "Type is required (Email or Webhook).",
        "Email is required for an Email subscriber.",
        "Url is required for a Webhook subscriber.",
        "Url must be an absolute http or https URL."
    )]
    public async Task<ApiResponse<CreatedSubscriber>> Create(
        SubscriberCreateModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<CreatedSubscriber>.Ok(
            await mediator.Send(
                new CreateSubscriberCommand(
                    model.Type,
                    model.Email,
                    model.Url,
                    model.Components,
                    model.Events,
                    model.IncidentId,
                    model.UntilPostmortem,
                    model.Language
                ),
                cancellationToken
            ),
            "Subscriber created successfully"
        );

    /// <summary>List the page's subscribers; <c>search</c> keeps those whose email or URL contains it.</summary>
    [HttpGet]
    public async Task<ApiResponse<PagedResult<SubscriberDto>>> List(
        [FromQuery] int? page,
        [FromQuery] int? pageSize,
        [FromQuery] string? search,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PagedResult<SubscriberDto>>.Ok(
            await mediator.Send(
                new ListSubscribersQuery(page, pageSize, search),
                cancellationToken
            ),
            "Subscribers retrieved successfully"
        );

    /// <summary>Get one subscriber.</summary>
    [HttpGet("{id:guid}")]
    [ErrorResponse(404, "Subscriber 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found.")]
    public async Task<ApiResponse<SubscriberDto>> Get(
        Guid id,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<SubscriberDto>.Ok(
            await mediator.Send(new GetSubscriberQuery(id), cancellationToken),
            "Subscriber retrieved successfully"
        );

    /// <summary>Delete a subscriber.</summary>
    [HttpDelete("{id:guid}")]
    [ErrorResponse(404, "Subscriber 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found.")]
    public async Task<ApiMessage> Delete(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteSubscriberCommand(id), cancellationToken);
        return new ApiMessage(true, "Subscriber deleted successfully");
    }

    /// <summary>Replace a webhook subscriber's signing secret; the new one is shown only here.</summary>
    [HttpPost("{id:guid}/RotateSecret")]
    [EndpointName("RotateSubscriberSecret")]
    [ErrorResponse(404, "Subscriber 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found.")]
    public async Task<ApiResponse<CreatedSubscriber>> RotateSecret(
        Guid id,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<CreatedSubscriber>.Ok(
            new CreatedSubscriber(
                id,
                await mediator.Send(new RotateSubscriberSecretCommand(id), cancellationToken)
            ),
            "Secret rotated successfully"
        );

    /// <summary>The subscriber's delivery log, newest first.</summary>
    [HttpGet("{id:guid}/Deliveries")]
    [EndpointName("ListSubscriberDeliveries")]
    [ErrorResponse(404, "Subscriber 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found.")]
    public async Task<ApiResponse<PagedResult<DeliveryDto>>> Deliveries(
        Guid id,
        [FromQuery] int? page,
        [FromQuery] int? pageSize,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PagedResult<DeliveryDto>>.Ok(
            await mediator.Send(new ListDeliveriesQuery(id, page, pageSize), cancellationToken),
            "Deliveries retrieved successfully"
        );
}
