using Incidents.Api.Authentication;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.Common.Models;
using Incidents.Application.Subscribers.Commands.CreateSubscriber;
using Incidents.Application.Subscribers.Commands.DeleteSubscriber;
using Incidents.Application.Subscribers.Commands.RetryDelivery;
using Incidents.Application.Subscribers.Queries;
using Incidents.Application.Subscribers.Queries.GetSubscriber;
using Incidents.Application.Subscribers.Queries.ListDeliveries;
using Incidents.Application.Subscribers.Queries.ListSubscribers;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// A page's subscribers: list (paged, search by address), add, remove, each one's delivery log and
/// retrying a failed delivery — the admin API's own subscriber and delivery commands through the
/// mediator, Admin only as <c>/api/admin/Subscriber</c> and <c>/api/admin/Delivery</c> are.
/// </summary>
[Route("admin/{slug}/subscribers")]
[Authorize(AuthenticationSchemes = ConsoleAuth.Scheme, Policy = ApiPolicies.Admin)]
public sealed class ConsoleSubscribersController(IMediator mediator) : ConsolePageController
{
    public const int PageSize = 25;

    public const string RetriedMessage = "Delivery queued for retry.";

    private static readonly string[] Fields = ["Type", "Email", "Url"];

    /// <summary>The kinds of subscriber the API accepts.</summary>
    public static IReadOnlyList<string> Types { get; } =
    ["Email", "Webhook", "Slack", "Teams", "Discord"];

    [HttpGet("")]
    public async Task<IActionResult> List(
        string slug,
        [FromQuery] int? page,
        [FromQuery] string? search,
        CancellationToken cancellationToken
    ) => await ListView(page, search, new SubscriberForm(), null, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Create(
        string slug,
        [FromForm] SubscriberForm form,
        CancellationToken cancellationToken
    )
    {
        try
        {
            // Only the address its type uses: the other field may hold what was typed before the
            // type was changed.
            var isEmail = string.Equals(form.Type, "Email", StringComparison.OrdinalIgnoreCase);
            var created = await mediator.Send(
                new CreateSubscriberCommand(
                    form.Type,
                    isEmail ? form.Email : null,
                    isEmail ? null : form.Url,
                    null,
                    null
                ),
                cancellationToken
            );
            // Rendered, not redirected: a webhook's signing secret is shown in this answer only.
            return await ListView(null, null, new SubscriberForm(), created, cancellationToken);
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ModelState.AddModelError(ConsoleManageErrors.FieldOf(e.Message, Fields), e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ListView(null, null, form, null, cancellationToken);
        }
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Subscriber(
        string slug,
        Guid id,
        [FromQuery] int? page,
        [FromQuery] bool? retried,
        CancellationToken cancellationToken
    ) => await SubscriberView(id, page, retried == true ? RetriedMessage : null, cancellationToken);

    /// <summary>Replays a failed delivery through the API's retry command (same payload and webhook-id).</summary>
    [HttpPost("{id:guid}/deliveries/{deliveryId:guid}/retry")]
    public async Task<IActionResult> Retry(
        string slug,
        Guid id,
        Guid deliveryId,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await mediator.Send(new RetryDeliveryCommand(deliveryId), cancellationToken);
            return RedirectToAction(
                nameof(Subscriber),
                new
                {
                    slug,
                    id,
                    retried = true,
                }
            );
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ModelState.AddModelError(string.Empty, e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await SubscriberView(id, null, null, cancellationToken);
        }
    }

    [HttpGet("{id:guid}/remove")]
    public async Task<IActionResult> Remove(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        var subscriber = await mediator.Send(new GetSubscriberQuery(id), cancellationToken);
        var address = subscriber.Email ?? subscriber.Url ?? subscriber.Id.ToString();
        return View(
            "~/Views/Console/ManageConfirm.cshtml",
            new ManageConfirmViewModel(
                Access,
                $"Remove {address}",
                $"Remove the {subscriber.Type} subscriber “{address}”? It hears of nothing more; this cannot be undone.",
                $"/admin/{slug}/subscribers/{id}/remove",
                "Remove subscriber",
                $"/admin/{slug}/subscribers/{id}"
            )
        );
    }

    [HttpPost("{id:guid}/remove")]
    public async Task<IActionResult> ConfirmRemove(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(new DeleteSubscriberCommand(id), cancellationToken);
        return RedirectToAction(nameof(List), new { slug });
    }

    private async Task<IActionResult> ListView(
        int? page,
        string? search,
        SubscriberForm form,
        CreatedSubscriber? created,
        CancellationToken cancellationToken
    )
    {
        PagedResult<SubscriberDto> subscribers;
        try
        {
            subscribers = await mediator.Send(
                new ListSubscribersQuery(Math.Max(1, page ?? 1), PageSize, search),
                cancellationToken
            );
        }
        catch (Exception e) when (ConsoleManageErrors.IsUserError(e))
        {
            ModelState.AddModelError("search", e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            subscribers = new PagedResult<SubscriberDto>([], 1, PageSize, 0);
        }

        return View(
            "~/Views/Console/Subscribers.cshtml",
            new SubscribersViewModel(Access, subscribers, search, form, created)
        );
    }

    private async Task<IActionResult> SubscriberView(
        Guid id,
        int? page,
        string? message,
        CancellationToken cancellationToken
    )
    {
        var subscriber = await mediator.Send(new GetSubscriberQuery(id), cancellationToken);
        var deliveries = await mediator.Send(
            new ListDeliveriesQuery(id, Math.Max(1, page ?? 1), PageSize),
            cancellationToken
        );
        return View(
            "~/Views/Console/Subscriber.cshtml",
            new SubscriberViewModel(Access, subscriber, deliveries, message)
        );
    }
}
