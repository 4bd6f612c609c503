using Incidents.Api.OperatorConsole.Models;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.ConsoleUsers.Commands.SetOwnPassword;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Infrastructure.OperatorConsole;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Incidents.Api.OperatorConsole;

/// <summary>Signing in and out of the console, the one-time link, the user's own password, and the list of their pages.</summary>
[Route("admin")]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = ConsoleAuth.Scheme)]
public sealed class ConsoleAccountController(
    SignInManager<ConsoleUser> signIn,
    UserManager<ConsoleUser> users,
    ConsoleUserService consoleUsers,
    ConsoleDirectory directory,
    IMediator mediator
) : Controller
{
    public const string WrongPasswordMessage = "The email or password is incorrect.";
    public const string LockedOutMessage =
        "This account is locked after repeated failed sign-ins. Try again later.";
    public const string InvalidLinkMessage =
        "This sign-in link is not valid: it was used already, has expired, or is incomplete.";

    [HttpGet("")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        var pages = await directory.PagesOfAsync(UserId, cancellationToken);
        if (pages.Count == 1)
        {
            return Redirect($"/admin/{pages[0].Slug}");
        }

        return View("~/Views/Console/Home.cshtml", pages);
    }

    [HttpGet("signin")]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) =>
        SignInView(new SignInForm { ReturnUrl = returnUrl }, null);

    [HttpPost("signin")]
    [AllowAnonymous]
    [EnableRateLimiting(ConsoleAuth.SignInRateLimitPolicy)]
    public async Task<IActionResult> SignIn([FromForm] SignInForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password))
        {
            return SignInView(form, WrongPasswordMessage, StatusCodes.Status400BadRequest);
        }

        var result = await signIn.PasswordSignInAsync(
            form.Email.Trim(),
            form.Password,
            isPersistent: false,
            lockoutOnFailure: true
        );
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        return SignInView(
            form,
            result.IsLockedOut ? LockedOutMessage : WrongPasswordMessage,
            StatusCodes.Status400BadRequest
        );
    }

    /// <summary>Shows a button, not a sign-in: mail scanners that open links must not use them up.</summary>
    [HttpGet("signin/link")]
    [AllowAnonymous]
    public IActionResult SignInLink(Guid user, string? token) =>
        View("~/Views/Console/SignInLink.cshtml", (user, token));

    [HttpPost("signin/link")]
    [AllowAnonymous]
    [EnableRateLimiting(ConsoleAuth.SignInRateLimitPolicy)]
    public async Task<IActionResult> RedeemSignInLink(
        [FromForm] Guid user,
        [FromForm] string? token
    )
    {
        var found = await consoleUsers.RedeemSignInLinkAsync(user, token);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return SignInView(
                new SignInForm(),
                InvalidLinkMessage,
                StatusCodes.Status400BadRequest
            );
        }

        await signIn.SignInAsync(found, isPersistent: false);
        return Redirect("/admin/account");
    }

    [HttpPost("signout")]
    public async Task<IActionResult> SignOutOfConsole()
    {
        await signIn.SignOutAsync();
        return Redirect("/admin/signin");
    }

    /// <summary>A new security stamp: every session of this user, on every instance, ends at its next request.</summary>
    [HttpPost("signout-everywhere")]
    public async Task<IActionResult> SignOutEverywhere()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/admin/signin");
    }

    [HttpGet("account")]
    public async Task<IActionResult> Account(CancellationToken cancellationToken) =>
        await AccountView(null, cancellationToken);

    [HttpPost("account/password")]
    public async Task<IActionResult> SetPassword(
        [FromForm] PasswordForm form,
        CancellationToken cancellationToken
    )
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge(ConsoleAuth.Scheme);
        }

        try
        {
            await mediator.Send(
                new SetOwnPasswordCommand(
                    form.CurrentPassword,
                    form.NewPassword,
                    ConsoleActor.User(
                        user.Id,
                        user.Email ?? string.Empty,
                        HttpContext.TraceIdentifier
                    )
                ),
                cancellationToken
            );
        }
        catch (Exception e) when (e is RequestValidationException or InvalidRequestException)
        {
            // Identity's "Incorrect password." concerns the current password; the rest the new one.
            ModelState.AddModelError(
                e.Message.StartsWith("Incorrect password", StringComparison.Ordinal)
                    ? nameof(PasswordForm.CurrentPassword)
                    : nameof(PasswordForm.NewPassword),
                e.Message
            );
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await AccountView(null, cancellationToken);
        }

        // Identity loaded its own copy: read the user again with the renewed security stamp.
        user = await users.FindByIdAsync(user.Id.ToString()) ?? user;
        // The password change renewed the security stamp: keep this session, end the others.
        await signIn.RefreshSignInAsync(user);
        return await AccountView("Password saved.", cancellationToken);
    }

    private Guid UserId => Guid.Parse(users.GetUserId(User)!);

    private async Task<IActionResult> AccountView(
        string? message,
        CancellationToken cancellationToken
    )
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge(ConsoleAuth.Scheme);
        }

        return View(
            "~/Views/Console/Account.cshtml",
            new AccountViewModel(
                user.Email ?? string.Empty,
                await users.HasPasswordAsync(user),
                user.IsOwner,
                await directory.PagesOfAsync(user.Id, cancellationToken),
                message
            )
        );
    }

    private ViewResult SignInView(
        SignInForm form,
        string? error,
        int status = StatusCodes.Status200OK
    )
    {
        Response.StatusCode = status;
        ViewData["Error"] = error;
        return View("~/Views/Console/SignIn.cshtml", form);
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && Url.IsLocalUrl(returnUrl)
        && returnUrl.StartsWith("/admin", StringComparison.Ordinal)
            ? returnUrl
            : "/admin";
}
