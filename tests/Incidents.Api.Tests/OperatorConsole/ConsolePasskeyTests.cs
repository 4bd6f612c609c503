using Incidents.Api.OperatorConsole;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Infrastructure.OperatorConsole;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// Passkey sign-in (issue 17) in real headless Chromium with its virtual authenticator (CDP
/// WebAuthn domain): register on the account page, sign in with it, remove it; a forged answer and
/// requests without antiforgery are refused. The browser uses http://localhost (a WebAuthn relying
/// party id cannot be an IP address; localhost is a secure context).
/// </summary>
public sealed class ConsolePasskeyTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Milliseconds a browser step may take on a loaded machine (other builds share the cores).</summary>
    private const float Slow = 60_000;

    private Uri Origin => new($"http://localhost:{factory.BaseAddress.Port}");

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task CliUser_AddsAPasskey_SignsOut_SignsInWithIt_AndLandsOnTheDashboard()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var email = await CreateWithCliAsync(target.Slug);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await NewPageWithAuthenticatorAsync(browser);
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);

        await AddPasskeyAsync(page, "Work laptop");
        await Expect(page.Locator("#passkeys")).ToContainTextAsync("Work laptop");
        Assert.Single(await PasskeysOfAsync(email));

        await SignOutAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" })
            .ClickAsync();
        await ConsoleBrowser.WaitForAddressAsync(page, $"/admin/{target.Slug}$", Slow);
        await Expect(page.Locator("#incidents")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = email })).ToBeVisibleAsync();
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task RemovedPasskey_NoLongerSignsIn()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var email = await CreateWithCliAsync(target.Slug);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await NewPageWithAuthenticatorAsync(browser);
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        await AddPasskeyAsync(page, "Old phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove passkey Old phone" })
            .ClickAsync();
        await Expect(page.Locator("#passkeys-status"))
            .ToContainTextAsync("Passkey removed.", new() { Timeout = Slow });
        await Expect(page.Locator("#passkeys-none")).ToBeVisibleAsync();
        Assert.Empty(await PasskeysOfAsync(email));

        // The authenticator still holds the credential and offers it; the server no longer knows it.
        await SignOutAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" })
            .ClickAsync();
        await Expect(page.Locator("#signin-error"))
            .ToHaveTextAsync(
                ConsolePasskeysController.SignInFailedMessage,
                new() { Timeout = Slow }
            );
        var home = await page.APIRequest.GetAsync(
            new Uri(Origin, "/admin").ToString(),
            new() { MaxRedirects = 0 }
        );
        Assert.Equal(302, home.Status);
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task ForgedAssertion_SignedForAnotherChallenge_IsRefused_WhileTheRealOneSignsIn()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var email = await CreateWithCliAsync(target.Slug);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await NewPageWithAuthenticatorAsync(browser);
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        await AddPasskeyAsync(page, "Laptop");
        await SignOutAsync(page);

        // A ceremony is under way (the server holds its challenge), but the answer is a genuine
        // signature by the registered passkey over a challenge the server never issued.
        var forged = await page.EvaluateAsync<string>(
            """
            async () => {
              const form = document.getElementById('passkey-signin');
              const token = form.querySelector('input[name=__RequestVerificationToken]').value;
              const options = await fetch('/admin/signin/passkey/options', {
                method: 'POST', headers: { RequestVerificationToken: token } });
              if (!options.ok) { return 'options ' + options.status; }
              const credential = await navigator.credentials.get({ publicKey: {
                challenge: crypto.getRandomValues(new Uint8Array(32)),
                rpId: location.hostname, userVerification: 'required' } });
              const body = new URLSearchParams();
              body.set('__RequestVerificationToken', token);
              body.set('CredentialJson', JSON.stringify(credential));
              const answer = await fetch('/admin/signin/passkey', { method: 'POST', body, redirect: 'manual' });
              return answer.status + ' ' + await answer.text();
            }
            """
        );
        // Refused by the check of the challenge (the page says why), not by antiforgery (no body).
        Assert.StartsWith("400 ", forged, StringComparison.Ordinal);
        Assert.Contains(
            ConsolePasskeysController.SignInFailedMessage,
            forged,
            StringComparison.Ordinal
        );
        var home = await page.APIRequest.GetAsync(
            new Uri(Origin, "/admin").ToString(),
            new() { MaxRedirects = 0 }
        );
        Assert.Equal(302, home.Status);

        // The same passkey answering the server's own challenge signs in.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" })
            .ClickAsync();
        await ConsoleBrowser.WaitForAddressAsync(page, $"/admin/{target.Slug}$", Slow);
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task PasskeyEndpoints_WithoutAntiforgeryToken_Refuse_AndChangeNothing()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var email = await factory.CreateUserAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await NewPageWithAuthenticatorAsync(browser);
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        await AddPasskeyAsync(page, "Desk key");
        var id = await page.Locator("#passkeys input[name=CredentialId]").InputValueAsync();

        string[] paths =
        [
            "/admin/account/passkeys/options",
            "/admin/account/passkeys",
            "/admin/account/passkeys/remove",
            "/admin/signin/passkey/options",
            "/admin/signin/passkey",
        ];
        foreach (var path in paths)
        {
            var form = page.APIRequest.CreateFormData();
            form.Set("Name", "Forged");
            form.Set("CredentialId", id);
            form.Set("CredentialJson", "{}");
            var refused = await page.APIRequest.PostAsync(
                new Uri(Origin, path).ToString(),
                new() { Form = form, MaxRedirects = 0 }
            );
            Assert.True(refused.Status == 400, $"{path}: {refused.Status}");
        }

        Assert.Single(await PasskeysOfAsync(email));
        // With this session's token the same request is answered: the refusal was the missing token.
        var token = await page.Locator("form[data-passkey] input[name=__RequestVerificationToken]")
            .InputValueAsync();
        var options = await page.APIRequest.PostAsync(
            new Uri(Origin, "/admin/account/passkeys/options").ToString(),
            new()
            {
                Headers = new Dictionary<string, string>
                {
                    [ConsoleAuth.AntiforgeryHeaderName] = token,
                },
            }
        );
        Assert.Equal(200, options.Status);
        Assert.Contains("\"challenge\"", await options.TextAsync(), StringComparison.Ordinal);
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task RuntimeModel_HasThePasskeysTable_AndNoChangeWithoutAMigration()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();

        Assert.True(users.SupportsUserPasskey);
        Assert.Equal(
            "AspNetUserPasskeys",
            db.Model.FindEntityType(typeof(IdentityUserPasskey<Guid>))?.GetTableName()
        );
        // The service's own model (with Identity's options at run time) is the migrated one.
        Assert.False(db.Database.HasPendingModelChanges());
        await Task.CompletedTask;
    }

    private async Task<string> CreateWithCliAsync(string slug)
    {
        var email = $"pk-{Guid.NewGuid():N}@example.test";
        var cli = await ConsoleCli.RunAsync(
            factory.DatabaseConnectionString,
            ConsoleFactory.Password,
            "users",
            "create",
            "--email",
            email,
            "--role",
            "Write",
            "--page",
            slug,
            "--password-stdin"
        );
        Assert.True(cli.ExitCode == 0, cli.StandardError);
        return email;
    }

    private async Task<IList<UserPasskeyInfo>> PasskeysOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        return await users.GetPasskeysAsync(user);
    }

    /// <summary>A page whose browser context has a platform authenticator that holds discoverable credentials and verifies the user.</summary>
    private static async Task<IPage> NewPageWithAuthenticatorAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Slow);
        page.SetDefaultNavigationTimeout(Slow);
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync(
            "WebAuthn.addVirtualAuthenticator",
            new Dictionary<string, object>
            {
                ["options"] = new Dictionary<string, object>
                {
                    ["protocol"] = "ctap2",
                    ["transport"] = "internal",
                    ["hasResidentKey"] = true,
                    ["hasUserVerification"] = true,
                    ["isUserVerified"] = true,
                    ["automaticPresenceSimulation"] = true,
                },
            }
        );
        return page;
    }

    private async Task AddPasskeyAsync(IPage page, string name)
    {
        await page.GotoAsync(new Uri(Origin, "/admin/account").ToString());
        await page.GetByLabel("Passkey name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        // The outcome, whichever it is (a loaded machine may take seconds), then what it says.
        var outcome = page.Locator(
            "#passkeys-status, #passkeys-error, [data-passkey-error]:not([hidden])"
        );
        try
        {
            await outcome.First.WaitForAsync(new() { Timeout = Slow });
        }
        catch (TimeoutException)
        {
            // Say where it stopped: the page it is on and what that page says.
            var text = await page.Locator("main").InnerTextAsync();
            Assert.Fail($"No passkey outcome on {page.Url}: {text[..Math.Min(text.Length, 500)]}");
        }

        Assert.Equal("Passkey added.", await outcome.First.InnerTextAsync());
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })
            .ClickAsync();
        try
        {
            await ConsoleBrowser.WaitForAddressAsync(page, "/admin/signin$");
        }
        catch (PlaywrightException)
        {
            var text = await page.Locator("body").InnerTextAsync();
            Assert.Fail(
                $"Still at {page.Url} after signing out: {text[..Math.Min(400, text.Length)]}"
            );
        }
    }
}
