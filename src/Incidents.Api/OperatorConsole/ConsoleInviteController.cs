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

/// <summary>
/// The invitation link's page: shows a form (opening a link signs nobody in, so mail scanners do
/// not use it up), and its POST sets the first password when one is given, uses the link up and
/// signs the person in. A used, expired or replaced link gets a page that says so (400).
/// </summary>
[Route("admin/invite")]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class ConsoleInviteController(
    ConsoleUserService links,
    UserManager<ConsoleUser> users,
    SignInManager<ConsoleUser> signIn,
    IMediator mediator
) : Controller
{
    public const string InvalidInviteMessage =
        "This invitation link is not valid: it was used already, has expired (links work for 24 hours), or a newer invitation replaced it. Ask an Admin of the page to invite you again.";

    [HttpGet("")]
    public async Task<IActionResult> Invite(Guid user, string? token) =>
        await links.CheckSignInLinkAsync(user, token) is { } found
            ? View(
                "~/Views/Console/Invite.cshtml",
                (new AcceptInviteForm { User = user, Token = token }, found.Email)
            )
            : Invalid();

    [HttpPost("")]
    [EnableRateLimiting(ConsoleAuth.SignInRateLimitPolicy)]
    public async Task<IActionResult> Accept(
        [FromForm] AcceptInviteForm form,
        CancellationToken cancellationToken
    )
    {
        var found = await links.CheckSignInLinkAsync(form.User, form.Token);
        if (found is null)
        {
            return Invalid();
        }

        // The password is checked before the link is used up, so a too-short one can be retyped.
        if (!string.IsNullOrEmpty(form.NewPassword))
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, found, form.NewPassword);
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(
                        nameof(AcceptInviteForm.NewPassword),
                        error.Description
                    );
                }
            }

            if (!ModelState.IsValid)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("~/Views/Console/Invite.cshtml", (form, found.Email));
            }
        }

        var redeemed = await links.RedeemSignInLinkAsync(form.User, form.Token);
        if (redeemed is null)
        {
            return Invalid();
        }

        if (!string.IsNullOrEmpty(form.NewPassword))
        {
            try
            {
                await mediator.Send(
                    new SetOwnPasswordCommand(
                        null,
                        form.NewPassword,
                        ConsoleActor.User(
                            redeemed.Id,
                            redeemed.Email ?? string.Empty,
                            HttpContext.TraceIdentifier
                        )
                    ),
                    cancellationToken
                );
            }
            catch (Exception e) when (e is RequestValidationException or InvalidRequestException)
            {
                // Signed in all the same: the account page lets them try again.
                await signIn.SignInAsync(redeemed, isPersistent: false);
                return Redirect("/admin/account");
            }

            redeemed = await users.FindByIdAsync(redeemed.Id.ToString()) ?? redeemed;
        }

        await signIn.SignInAsync(redeemed, isPersistent: false);
        return Redirect(string.IsNullOrEmpty(form.NewPassword) ? "/admin/account" : "/admin");
    }

    private ViewResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/Console/InviteInvalid.cshtml", InvalidInviteMessage);
    }
}
