using Incidents.Api.Common;
using Incidents.Api.Hardening;
using Incidents.Api.PublicStatus.Caching;
using Incidents.Api.PublicStatus.Hosting;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.Pages.Commands.RequestSignInLink;
using Incidents.Application.Pages.Commands.SignInWithPassword;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Incidents.Infrastructure.PageAccess;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Incidents.Api.PublicStatus.Access;

/// <summary>
/// Signing in to a non-public page: the shared password (Password pages) or a link mailed to an
/// allowed address (Restricted pages). The forms carry antiforgery tokens; the answers never name
/// the page. On success the visitor gets the page's session cookie (<see cref="PageSessionCookie"/>).
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("status/{slug}/signin")]
public sealed class PageSignInController(
    IMediator mediator,
    PageDirectory pages,
    PageAccessDirectory access,
    PageHostDirectory hosts,
    PageSessionCookie sessions,
    PageAccessTokens tokens,
    IOptions<StatusPageOptions> options
) : Controller
{
    public const string WrongPasswordMessage = "Wrong password.";
    public const string RateLimitedMessage = "Too many attempts; please try again later.";
    public const string LinkSentMessage =
        "If this address may read the page, a sign-in link is on its way: check your inbox.";
    public const string LinkInvalidMessage = "This sign-in link is not valid (any more).";

    [HttpGet("")]
    public async Task<IActionResult> Show(
        string slug,
        [FromQuery] string? returnUrl,
        CancellationToken cancellationToken
    )
    {
        if (await FindAsync(slug, cancellationToken) is not { } entry)
        {
            return NotFoundPage();
        }

        if (entry.Rules.IsPublic)
        {
            return LocalRedirect(SafeReturn(slug, returnUrl));
        }

        return Page(new SignInViewModel(slug, entry.Rules.Visibility, SafeReturn(slug, returnUrl)));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(ApiRateLimiting.PublicPerClientPolicy)]
    public async Task<IActionResult> Password(
        string slug,
        [FromForm(Name = "Password")] string? password,
        [FromForm(Name = "ReturnUrl")] string? returnUrl,
        CancellationToken cancellationToken
    )
    {
        if (await FindAsync(slug, cancellationToken) is not { } entry)
        {
            return NotFoundPage();
        }

        var back = SafeReturn(slug, returnUrl);
        var result = await mediator.Send(
            new SignInWithPasswordCommand(
                entry.Rules.PageId,
                password,
                ClientKey(),
                HttpContext.TraceIdentifier
            ),
            cancellationToken
        );
        switch (result.Outcome)
        {
            case PageSignInOutcome.Accepted:
                sessions.Issue(HttpContext, entry.Rules.PageId, result.AccessVersion, "password");
                return new RedirectResult(back) { PreserveMethod = false };
            case PageSignInOutcome.RateLimited:
                return Page(
                    new SignInViewModel(slug, entry.Rules.Visibility, back, RateLimitedMessage),
                    StatusCodes.Status429TooManyRequests
                );
            default:
                return Page(
                    new SignInViewModel(slug, entry.Rules.Visibility, back, WrongPasswordMessage),
                    StatusCodes.Status401Unauthorized
                );
        }
    }

    [HttpPost("link")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(ApiRateLimiting.PublicPerClientPolicy)]
    public async Task<IActionResult> RequestLink(
        string slug,
        [FromForm(Name = "Email")] string? email,
        [FromForm(Name = "ReturnUrl")] string? returnUrl,
        CancellationToken cancellationToken
    )
    {
        if (await FindAsync(slug, cancellationToken) is not { } entry)
        {
            return NotFoundPage();
        }

        var back = SafeReturn(slug, returnUrl);
        PageSignInResult result;
        try
        {
            result = await mediator.Send(
                new RequestSignInLinkCommand(
                    entry.Rules.PageId,
                    email,
                    ClientKey(),
                    await LinkBaseAsync(slug, cancellationToken)
                ),
                cancellationToken
            );
        }
        catch (RequestValidationException e)
        {
            return Page(
                new SignInViewModel(slug, entry.Rules.Visibility, back, e.Message),
                StatusCodes.Status400BadRequest
            );
        }

        return result.Outcome switch
        {
            PageSignInOutcome.RateLimited => Page(
                new SignInViewModel(slug, entry.Rules.Visibility, back, RateLimitedMessage),
                StatusCodes.Status429TooManyRequests
            ),
            PageSignInOutcome.Refused => Page(
                new SignInViewModel(slug, entry.Rules.Visibility, back),
                StatusCodes.Status400BadRequest
            ),
            _ => Page(
                new SignInViewModel(slug, entry.Rules.Visibility, back, Notice: LinkSentMessage)
            ),
        };
    }

    /// <summary>The mailed link: a valid one signs the visitor in and opens the page.</summary>
    [HttpGet("link")]
    [NoHead] // a link checker's HEAD must not sign it in
    public async Task<IActionResult> FollowLink(
        string slug,
        [FromQuery] string? token,
        CancellationToken cancellationToken
    )
    {
        if (await FindAsync(slug, cancellationToken) is not { } entry)
        {
            return NotFoundPage();
        }

        if (
            entry.Rules.Visibility != PageVisibility.Restricted
            || tokens.ReadLink(token) is not { } ticket
            || ticket.PageId != entry.Rules.PageId
            || ticket.AccessVersion != entry.Rules.AccessVersion
        )
        {
            return Page(
                new SignInViewModel(
                    slug,
                    entry.Rules.Visibility,
                    SafeReturn(slug, null),
                    LinkInvalidMessage
                ),
                StatusCodes.Status400BadRequest
            );
        }

        sessions.Issue(HttpContext, entry.Rules.PageId, ticket.AccessVersion, ticket.Subject);
        return LocalRedirect(SafeReturn(slug, null));
    }

    private async Task<PageAccessEntry?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        // What antiforgery sets anyway on a page with a token (it logs a warning when it must).
        Response.Headers.CacheControl = "no-cache, no-store";
        Response.Headers.Pragma = "no-cache";
        return await pages.FindAsync(slug, cancellationToken) is { } pageId
            ? await access.GetAsync(pageId, cancellationToken)
            : null;
    }

    private ViewResult Page(SignInViewModel model, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        return View("~/Views/PageSignIn/SignIn.cshtml", model);
    }

    private ViewResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("~/Views/StatusPage/NotFound.cshtml", "Status page not found.");
    }

    /// <summary>
    /// Where the mailed link points: the page's own hostname when the visitor came through it (one
    /// registered for this page, so a forged Host header cannot aim the link elsewhere), else the
    /// configured public address.
    /// </summary>
    private async Task<Uri> LinkBaseAsync(string slug, CancellationToken cancellationToken)
    {
        var path = $"/status/{Uri.EscapeDataString(slug)}/signin/link";
        var host = Request.Host.Host;
        if (
            PageHostname.TryNormalize(host, out var hostname)
            && await hosts.FindSlugAsync(hostname, cancellationToken) == slug
        )
        {
            return new Uri($"{Request.Scheme}://{Request.Host}{path}");
        }

        return new Uri(options.Value.PublicBaseUrl.TrimEnd('/') + path);
    }

    /// <summary>Only a path of this site (never //host or \\host): no open redirect.</summary>
    private string SafeReturn(string slug, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? returnUrl
            : $"/status/{Uri.EscapeDataString(slug)}";

    private string ClientKey() => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
