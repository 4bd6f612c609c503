using System.Globalization;
using System.Net;
using Incidents.Api.Common;
using Incidents.Api.Hardening;
using Incidents.Api.Models.Subscribers;
using Incidents.Api.OpenApi;
using Incidents.Api.PublicStatus.Access;
using Incidents.Api.PublicStatus.Localization;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.Subscribers.Commands.ConfirmSubscription;
using Incidents.Application.Subscribers.Commands.Subscribe;
using Incidents.Application.Subscribers.Commands.Unsubscribe;
using Incidents.Infrastructure.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Incidents.Api.Controllers;

/// <summary>
/// Self-service email subscription (double opt-in) and one-click unsubscribe (RFC 8058). Public:
/// the confirm/unsubscribe token in the mailed link is the credential.
/// </summary>
[ApiController]
[Route("api/public/{pageSlug}")]
[AllowAnonymous]
[EnableRateLimiting(ApiRateLimiting.PublicPerClientPolicy)]
[VisitorLanguage]
public sealed class PublicSubscriptionController(
    IMediator mediator,
    IStringLocalizer<PageText> text
) : ControllerBase
{
    public const string AcceptedMessage =
        "Check your inbox: we sent a link to confirm the subscription.";

    public const string RateLimitedMessage =
        "Too many subscription requests; please try again later.";

    /// <summary>Subscribe an email address (double opt-in: a confirmation link is mailed).</summary>
    [HttpPost("subscribe")]
    [PageAccess(PageAccessKind.Json)]
    [Consumes("application/json")]
    [Produces("application/json")]
    [EndpointName("Subscribe")]
    [ErrorResponse(400, "Email is required.", "Email must be a valid email address.")]
    [ErrorResponse(429, RateLimitedMessage)]
    public async Task<ActionResult<ApiMessage>> Subscribe(
        string pageSlug,
        SubscribeModel model,
        CancellationToken cancellationToken
    )
    {
        var outcome = await SendSubscribeAsync(
            pageSlug,
            model.Email,
            model.Components,
            model.IncidentId,
            model.UntilPostmortem,
            model.Language,
            cancellationToken
        );
        return outcome == SubscribeOutcome.RateLimited
            ? StatusCode(
                StatusCodes.Status429TooManyRequests,
                ApiError.Envelope(RateLimitedMessage)
            )
            : new ApiMessage(true, AcceptedMessage);
    }

    /// <summary>
    /// The status page's HTML forms post here (field Email; on an incident's permalink also
    /// IncidentId and the UntilPostmortem checkbox) and get a small HTML page back.
    /// </summary>
    [HttpPost("subscribe")]
    [PageAccess(PageAccessKind.Json)]
    [Consumes("application/x-www-form-urlencoded")]
    [EndpointName("SubscribeByForm")]
    // The page form, not an API operation: the document keeps the JSON Subscribe for this route.
    [ApiExplorerSettings(IgnoreApi = true)]
    public async Task<ContentResult> SubscribeForm(
        string pageSlug,
        [FromForm(Name = "Email")] string? email,
        [FromForm(Name = "IncidentId")] string? incidentId,
        [FromForm(Name = "UntilPostmortem")] string? untilPostmortem,
        [FromForm(Name = "Language")] string? language,
        CancellationToken cancellationToken
    )
    {
        try
        {
            Guid? followed = null;
            if (!string.IsNullOrEmpty(incidentId))
            {
                followed = Guid.TryParse(incidentId, out var parsed)
                    ? parsed
                    : throw new NotFoundException(SubscribeCommandHandler.IncidentNotFoundMessage);
            }

            var outcome = await SendSubscribeAsync(
                pageSlug,
                email,
                null,
                followed,
                followed is null ? null : untilPostmortem is "true" or "on",
                // The page's forms send the language they were shown in; else the visitor's.
                language ?? CultureInfo.CurrentUICulture.Name,
                cancellationToken
            );
            return outcome == SubscribeOutcome.RateLimited
                ? Html(
                    StatusCodes.Status429TooManyRequests,
                    text["Please try again later"],
                    text[RateLimitedMessage]
                )
                : Html(StatusCodes.Status200OK, text["Check your inbox"], text[AcceptedMessage]);
        }
        catch (RequestValidationException e)
        {
            return Html(StatusCodes.Status400BadRequest, text["Subscription failed"], e.Message);
        }
        catch (InvalidRequestException e)
        {
            return Html(StatusCodes.Status400BadRequest, text["Subscription failed"], e.Message);
        }
        catch (NotFoundException e)
        {
            return Html(StatusCodes.Status404NotFound, text["Subscription failed"], e.Message);
        }
    }

    /// <summary>Confirm a subscription from the mailed link (answers an HTML page).</summary>
    [HttpGet("subscribe/confirm")]
    [NoHead] // opening the link confirms; a HEAD must not
    [EndpointName("ConfirmSubscription")]
    [ErrorResponse(404, "This link is not valid (any more).")]
    public async Task<ContentResult> Confirm(
        string pageSlug,
        [FromQuery] string? token,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var pageName = await mediator.Send(
                new ConfirmSubscriptionCommand(token ?? string.Empty),
                cancellationToken
            );
            return Html(
                StatusCodes.Status200OK,
                text["Subscription confirmed"],
                text["You will now receive status updates from {0}.", pageName]
            );
        }
        catch (NotFoundException e)
        {
            return Html(StatusCodes.Status404NotFound, text["Link not valid"], e.Message);
        }
    }

    /// <summary>Opening the link only shows a button: mail scanners that follow links must not unsubscribe anyone.</summary>
    [HttpGet("unsubscribe")]
    [EndpointName("GetUnsubscribePage")]
    public ContentResult UnsubscribePage(string pageSlug, [FromQuery] string? token) =>
        Html(
            StatusCodes.Status200OK,
            text["Unsubscribe"],
            text["Stop receiving status updates by email?"],
            $"<form method=\"post\" action=\"/api/public/{WebUtility.HtmlEncode(Uri.EscapeDataString(pageSlug))}/unsubscribe?token={WebUtility.HtmlEncode(Uri.EscapeDataString(token ?? string.Empty))}\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\"><button type=\"submit\">{WebUtility.HtmlEncode(text["Unsubscribe"])}</button></form>"
        );

    /// <summary>RFC 8058 one-click: mail clients POST <c>List-Unsubscribe=One-Click</c> here.</summary>
    [HttpPost("unsubscribe")]
    [EndpointName("Unsubscribe")]
    public async Task<ContentResult> Unsubscribe(
        string pageSlug,
        [FromQuery] string? token,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(new UnsubscribeCommand(token ?? string.Empty), cancellationToken);
        return Html(
            StatusCodes.Status200OK,
            text["Unsubscribed"],
            text["You will not receive further status updates by email."]
        );
    }

    private Task<SubscribeOutcome> SendSubscribeAsync(
        string pageSlug,
        string? email,
        IReadOnlyList<Guid>? components,
        Guid? incidentId,
        bool? untilPostmortem,
        string? language,
        CancellationToken cancellationToken
    ) =>
        mediator
            .Send(
                new SubscribeCommand(
                    pageSlug,
                    email,
                    components,
                    HttpContext.Connection.RemoteIpAddress?.ToString(),
                    incidentId,
                    untilPostmortem,
                    language
                ),
                cancellationToken
            )
            .AsTask();

    private static ContentResult Html(
        int status,
        string title,
        string message,
        string extra = ""
    ) =>
        new()
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
            Content =
                $"<!DOCTYPE html><html lang=\"{CultureInfo.CurrentUICulture.Name}\" dir=\"ltr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{WebUtility.HtmlEncode(title)}</title></head>"
                + $"<body><main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p>{extra}</main></body></html>",
        };
}
