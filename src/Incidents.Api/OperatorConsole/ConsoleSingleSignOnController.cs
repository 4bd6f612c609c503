using System.Security.Claims;
using Incidents.Application.ConsoleUsers.Commands.SignOnConsoleUser;
using Incidents.Infrastructure.OperatorConsole;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Single sign-on with the configured OpenID Connect provider: the POST sends the browser there;
/// back from it, the verified email of the id token is matched to a console user (ADR 0147).
/// </summary>
[Route("admin/signin/oidc")]
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class ConsoleSingleSignOnController(
    IOptions<ConsoleOidcOptions> options,
    IMediator mediator,
    UserManager<ConsoleUser> users,
    SignInManager<ConsoleUser> signIn
) : Controller
{
    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public IActionResult Start() =>
        options.Value.Enabled
            ? Challenge(
                new AuthenticationProperties { RedirectUri = "/admin/signin/oidc/done" },
                ConsoleOidcOptions.Scheme
            )
            : NotFound();

    [HttpGet("done")]
    public async Task<IActionResult> Done(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded)
        {
            return Refuse("The sign-in with your provider did not complete. Try again.");
        }

        var principal = external.Principal;
        var result = await mediator.Send(
            new SignOnConsoleUserCommand(
                principal.FindFirstValue("email"),
                string.Equals(
                    principal.FindFirstValue("email_verified"),
                    "true",
                    StringComparison.OrdinalIgnoreCase
                ),
                options.Value.AllowedDomains,
                options.Value.DisplayName
            ),
            cancellationToken
        );
        if (result.UserId is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return Refuse(result.Refusal ?? SignOnConsoleUserCommandHandler.UnknownMessage);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return Refuse(ConsoleAccountController.LockedOutMessage);
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "oidc");
        return Redirect("/admin");
    }

    private ViewResult Refuse(string message)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ViewData["Error"] = message;
        return View("~/Views/Console/SignIn.cshtml", new Models.SignInForm());
    }
}
