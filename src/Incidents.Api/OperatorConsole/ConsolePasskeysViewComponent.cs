using System.Buffers.Text;
using Incidents.Api.OperatorConsole.Models;
using Incidents.Infrastructure.OperatorConsole;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.OperatorConsole;

/// <summary>The account page's passkey section (list, remove, add), kept apart from the account controller.</summary>
public sealed class ConsolePasskeysViewComponent(UserManager<ConsoleUser> users) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var passkeys = new List<PasskeyItem>();
        if (await users.GetUserAsync(UserClaimsPrincipal) is { } user)
        {
            passkeys.AddRange(
                (await users.GetPasskeysAsync(user))
                    .OrderBy(p => p.CreatedAt)
                    .Select(p => new PasskeyItem(
                        Base64Url.EncodeToString(p.CredentialId),
                        string.IsNullOrEmpty(p.Name) ? "Passkey" : p.Name,
                        p.CreatedAt
                    ))
            );
        }

        var outcome = Request.Query["passkey"].ToString();
        var (message, error) = ConsolePasskeysController.Outcomes.TryGetValue(
            outcome,
            out var shown
        )
            ? shown
            : (null, null);
        return View(
            "~/Views/Console/_Passkeys.cshtml",
            new PasskeysViewModel(passkeys, message, error)
        );
    }
}
