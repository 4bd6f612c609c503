using System.Buffers.Text;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Infrastructure.OperatorConsole;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Passkeys (WebAuthn) through ASP.NET Core Identity: adding and removing them on the account page,
/// and signing in with one. Each ceremony is two antiforgery-checked POSTs: the options (Identity
/// keeps their challenge in a short-lived cookie of this browser) and the browser's answer, which
/// Identity checks against that challenge once (ADR 140). Script: wwwroot/console-passkeys.js.
/// </summary>
[Route("admin")]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = ConsoleAuth.Scheme)]
public sealed partial class ConsolePasskeysController(
    SignInManager<ConsoleUser> signIn,
    UserManager<ConsoleUser> users,
    ILogger<ConsolePasskeysController> logger
) : Controller
{
    public const int NameMaxLength = 100;

    public const string SignInFailedMessage =
        "The passkey was not accepted. Try again, or sign in with your password.";

    /// <summary>Outcomes shown on the account page after a change (its <c>passkey</c> query value).</summary>
    public static readonly IReadOnlyDictionary<string, (string? Message, string? Error)> Outcomes =
        new Dictionary<string, (string?, string?)>(StringComparer.Ordinal)
        {
            ["added"] = ("Passkey added.", null),
            ["removed"] = ("Passkey removed. Your other sessions have ended.", null),
            ["failed"] = (null, "The passkey could not be added. Try again."),
            ["name"] = (null, $"Give the passkey a name of at most {NameMaxLength} characters."),
            ["unknown"] = (null, "That passkey is not registered to your account."),
        };

    [HttpPost("account/passkeys/options")]
    public async Task<IActionResult> CreationOptions()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Unauthorized();
        }

        var name = user.Email ?? user.UserName ?? user.Id.ToString();
        var json = await signIn.MakePasskeyCreationOptionsAsync(
            new PasskeyUserEntity
            {
                Id = await users.GetUserIdAsync(user),
                Name = name,
                DisplayName = name,
            }
        );
        return Content(json, "application/json");
    }

    [HttpPost("account/passkeys")]
    public async Task<IActionResult> Add([FromForm] PasskeyForm form)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge(ConsoleAuth.Scheme);
        }

        var name = form.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > NameMaxLength)
        {
            return AccountPage("name");
        }

        if (string.IsNullOrEmpty(form.CredentialJson))
        {
            return AccountPage("failed");
        }

        PasskeyAttestationResult result;
        try
        {
            result = await signIn.PerformPasskeyAttestationAsync(form.CredentialJson);
        }
        catch (InvalidOperationException)
        {
            // No ceremony under way in this browser (no options were asked for, or used already).
            return AccountPage("failed");
        }

        // The options were made for the user signed in then: it must still be this one.
        if (!result.Succeeded || result.UserEntity.Id != await users.GetUserIdAsync(user))
        {
            LogRegistrationRefused(logger, result.Failure?.Message ?? "options of another user");
            return AccountPage("failed");
        }

        result.Passkey.Name = name;
        if (!(await users.AddOrUpdatePasskeyAsync(user, result.Passkey)).Succeeded)
        {
            return AccountPage("failed");
        }

        return AccountPage("added");
    }

    /// <summary>Removes a passkey and renews the security stamp: a session opened with a lost device ends.</summary>
    [HttpPost("account/passkeys/remove")]
    public async Task<IActionResult> Remove([FromForm] string? credentialId)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge(ConsoleAuth.Scheme);
        }

        if (DecodeId(credentialId) is not { } id || await users.GetPasskeyAsync(user, id) is null)
        {
            return AccountPage("unknown");
        }

        if (!(await users.RemovePasskeyAsync(user, id)).Succeeded)
        {
            return AccountPage("unknown");
        }

        await users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        return AccountPage("removed");
    }

    /// <summary>Options for a discoverable passkey: no email asked, so nothing tells who has passkeys.</summary>
    [HttpPost("signin/passkey/options")]
    [AllowAnonymous]
    public async Task<IActionResult> RequestOptions() =>
        Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    /// <summary>Counts towards the same per-address limit as the password form (the same policy, the same key).</summary>
    [HttpPost("signin/passkey")]
    [AllowAnonymous]
    [EnableRateLimiting(ConsoleAuth.SignInRateLimitPolicy)]
    public async Task<IActionResult> SignInWithPasskey([FromForm] PasskeyForm form)
    {
        if (!string.IsNullOrEmpty(form.CredentialJson))
        {
            try
            {
                var result = await signIn.PasskeySignInAsync(form.CredentialJson);
                if (result.Succeeded)
                {
                    return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
                }
            }
            catch (InvalidOperationException)
            {
                // No ceremony under way in this browser: refused like a wrong answer.
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Error"] = SignInFailedMessage;
        return View("~/Views/Console/SignIn.cshtml", new SignInForm { ReturnUrl = form.ReturnUrl });
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Passkey registration refused: {Reason}"
    )]
    private static partial void LogRegistrationRefused(ILogger logger, string reason);

    /// <summary>Post/redirect/get back to the account page, with the outcome to show.</summary>
    private RedirectResult AccountPage(string outcome) =>
        Redirect($"/admin/account?passkey={outcome}#passkeys-heading");

    private static byte[]? DecodeId(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 2048 || !Base64Url.IsValid(value))
        {
            return null;
        }

        return Base64Url.DecodeFromChars(value);
    }

    // As the password form: only console paths of this site.
    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && Url.IsLocalUrl(returnUrl)
        && returnUrl.StartsWith("/admin", StringComparison.Ordinal)
            ? returnUrl
            : "/admin";
}
