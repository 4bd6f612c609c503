using Incidents.Api.OperatorConsole;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Incidents.Domain.ApiKeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// The operator console in real headless Chromium (issue 17): an owner made with the CLI declares,
/// updates and resolves, subscribers and the public page hear of it, a second operator sees it
/// live; the same by keyboard alone; roles, antiforgery and lockout refuse what they must.
/// </summary>
public sealed class ConsoleBrowserTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Origin => factory.BaseAddress;

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task Owner_CreatedWithCli_DeclaresOnTwoComponents_WebhookPublicPageAndSecondOperatorSeeIt_ThenUpdatesAndResolves()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        await target.Http.CreateComponentAsync("Database");
        await target.Http.CreateComponentAsync("Checkout API");
        await target.Http.CreateComponentAsync("Search");
        await using var sink = await WebhookSink.StartAsync();
        var path = "console-" + Guid.NewGuid().ToString("N");
        await target.Http.CreateWebhookSubscriberAsync(sink.Url(path));
        var ownerEmail = $"owner-{Guid.NewGuid():N}@example.test";
        var cli = await ConsoleCli.RunAsync(
            factory.DatabaseConnectionString,
            ConsoleFactory.Password,
            "users",
            "create",
            "--email",
            ownerEmail,
            "--role",
            "Owner",
            "--password-stdin"
        );
        Assert.True(cli.ExitCode == 0, cli.StandardError);
        var colleague = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var owner = await (await browser.NewContextAsync()).NewPageAsync();
        var other = await (await browser.NewContextAsync()).NewPageAsync();
        await ConsoleBrowser.SignInAsync(owner, Origin, ownerEmail, ConsoleFactory.Password);
        // One page only: the colleague lands on its dashboard, which listens for changes.
        await ConsoleBrowser.SignInAsync(other, Origin, colleague, ConsoleFactory.Password);
        Assert.EndsWith($"/admin/{target.Slug}", other.Url, StringComparison.Ordinal);
        await other.WaitForFunctionAsync(
            "() => document.documentElement.getAttribute('data-live') === 'open'"
        );

        await owner.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}").ToString());
        await owner.GetByRole(AriaRole.Link, new() { Name = "Declare an incident" }).ClickAsync();
        await owner.GetByLabel("Title").FillAsync("Checkout is failing");
        await owner
            .GetByLabel("Description")
            .FillAsync("We are **investigating** failed payments.");
        await owner.GetByLabel("Impact").SelectOptionAsync("Major Outage");
        await owner.GetByLabel("Database").CheckAsync();
        await owner.GetByLabel("Checkout API").CheckAsync();
        await Expect(owner.GetByLabel("Notify subscribers")).ToBeCheckedAsync();
        // The preview is the page's own renderer.
        await Expect(owner.Locator("#declare-preview strong")).ToHaveTextAsync("investigating");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Declare incident" }).ClickAsync();
        await ConsoleBrowser.WaitForAddressAsync(owner, ConsoleBrowser.IncidentAddress);
        var incidentId = Guid.Parse(owner.Url.Split('/')[^1]);
        await Expect(owner.Locator("#incident-status")).ToHaveTextAsync("Investigating");

        await Expect(other.Locator("#incidents")).ToContainTextAsync("Checkout is failing");
        var created = await Eventually.WaitAsync(
            () => Task.FromResult(sink.On(path)),
            r => r.Any(w => w.Type == "incident.created"),
            "the incident.created webhook"
        );
        var payload = created.First(w => w.Type == "incident.created").Json.GetRawText();
        Assert.Contains("Checkout is failing", payload, StringComparison.Ordinal);
        using var anonymous = factory.CreateTcpClient();
        var publicPage = await anonymous.GetStringAsync($"/status/{target.Slug}", Ct);
        Assert.Contains("Checkout is failing", publicPage, StringComparison.Ordinal);
        var incident = await target.Http.GetEnvelopeAsync($"/api/admin/Incident/{incidentId}");
        Assert.Equal(2, incident.Result.GetProperty("AffectedComponents").GetArrayLength());
        Assert.True(incident.Result.GetProperty("IsNotify").GetBoolean());

        await owner
            .GetByLabel("Update (Markdown)")
            .FillAsync("The payment provider's certificate expired.");
        await owner.GetByLabel("Status").SelectOptionAsync("Identified");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Expect(owner.Locator("#incident-status")).ToHaveTextAsync("Identified");
        await owner.GetByLabel("Update (Markdown)").FillAsync("Renewed; payments work again.");
        await owner.GetByLabel("Status").SelectOptionAsync("Resolved");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Expect(owner.Locator("#incident-status")).ToHaveTextAsync("Resolved");
        await Expect(other.Locator("#incidents")).Not.ToContainTextAsync("Checkout is failing");
        await Eventually.WaitAsync(
            () => Task.FromResult(sink.On(path)),
            r =>
                r.Any(w => w.Type == "incident.updated")
                && r.Any(w => w.Type == "incident.resolved"),
            "the incident.updated and incident.resolved webhooks"
        );

        // The audit trail names the person, not a key.
        var audit = await target.Http.GetEnvelopeAsync($"/api/admin/Audit?target={incidentId}");
        var actors = audit
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Select(e => e.GetProperty("ApiKeyName").GetString())
            .ToList();
        Assert.Equal(3, actors.Count);
        Assert.All(actors, a => Assert.Equal(ownerEmail, a));
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task KeyboardOnly_DeclareUpdateAndResolve_Work()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        await target.Http.CreateComponentAsync("Database");
        await target.Http.CreateComponentAsync("Queue");
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        var keys = page.Keyboard;

        await page.GotoAsync(new Uri(Origin, "/admin/signin").ToString());
        await TabToAsync(page, "#Email");
        await keys.TypeAsync(email);
        await TabToAsync(page, "#Password");
        await keys.TypeAsync(ConsoleFactory.Password);
        await keys.PressAsync("Enter");
        await ConsoleBrowser.WaitForAddressAsync(page, $"/admin/{target.Slug}$");

        await TabToAsync(page, "a[href$='/incidents/new']");
        await keys.PressAsync("Enter");
        await ConsoleBrowser.WaitForAddressAsync(page, "/incidents/new$");
        await TabToAsync(page, "#Title");
        await keys.TypeAsync("Queue backlog");
        await TabToAsync(page, "#Description");
        await keys.TypeAsync("Messages are delayed.");
        await TabToAsync(page, "#Impact");
        await keys.TypeAsync("Partial");
        await TabToAsync(page, "input[type=checkbox][name=Components]:not(:checked)");
        await keys.PressAsync("Space");
        await TabToAsync(page, "button.primary");
        await keys.PressAsync("Enter");
        await ConsoleBrowser.WaitForAddressAsync(page, ConsoleBrowser.IncidentAddress);
        await Expect(page.Locator("#incident-status")).ToHaveTextAsync("Investigating");
        await Expect(page.Locator("#incident-state")).ToContainTextAsync("Partial Outage");

        await TabToAsync(page, "#Description");
        await keys.TypeAsync("Consumers scaled up.");
        await TabToAsync(page, "#Status");
        await keys.TypeAsync("Monitoring");
        await TabToAsync(page, "button.primary");
        await keys.PressAsync("Enter");
        await Expect(page.Locator("#incident-status")).ToHaveTextAsync("Monitoring");

        await TabToAsync(page, "#Description");
        await keys.TypeAsync("Backlog drained.");
        await TabToAsync(page, "#Status");
        await keys.TypeAsync("Resolved");
        await TabToAsync(page, "button.primary");
        await keys.PressAsync("Enter");
        await Expect(page.Locator("#incident-status")).ToHaveTextAsync("Resolved");
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task ReadUser_SeesNoForm_AndAForgedPostWithAValidTokenIs403()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var incidentId = await target.Http.CreateIncidentAsync(
            "Slow search",
            "Degraded Performance"
        );
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Read);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);

        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}").ToString());
        await Expect(page.Locator("#incidents")).ToContainTextAsync("Slow search");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Declare an incident" }))
            .ToHaveCountAsync(0);
        await page.GotoAsync(
            new Uri(Origin, $"/admin/{target.Slug}/incidents/{incidentId}").ToString()
        );
        await Expect(page.Locator("textarea")).ToHaveCountAsync(0);
        var declareForm = await page.APIRequest.GetAsync(
            new Uri(Origin, $"/admin/{target.Slug}/incidents/new").ToString()
        );
        Assert.Equal(403, declareForm.Status);

        // A valid antiforgery token of this session (from its account page): the role still refuses.
        await page.GotoAsync(new Uri(Origin, "/admin/account").ToString());
        var token = await page.Locator("input[name=__RequestVerificationToken]")
            .First.InputValueAsync();
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        form.Set("Title", "Forged");
        form.Set("Description", "Forged");
        var forged = await page.APIRequest.PostAsync(
            new Uri(Origin, $"/admin/{target.Slug}/incidents").ToString(),
            new() { Form = form, MaxRedirects = 0 }
        );
        Assert.Equal(403, forged.Status);
        var update = await page.APIRequest.PostAsync(
            new Uri(Origin, $"/admin/{target.Slug}/incidents/{incidentId}").ToString(),
            new() { Form = form, MaxRedirects = 0 }
        );
        Assert.Equal(403, update.Status);
        var list = await target.Http.GetEnvelopeAsync("/api/admin/Incident?status=all");
        Assert.Equal(1, list.Result.GetProperty("TotalCount").GetInt32());
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task PostWithoutAntiforgeryToken_IsRefused_AndTheSameWithTheTokenDeclares()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        var url = new Uri(Origin, $"/admin/{target.Slug}/incidents").ToString();

        var form = page.APIRequest.CreateFormData();
        form.Set("Title", "Cross-site");
        form.Set("Description", "Posted by another site.");
        var refused = await page.APIRequest.PostAsync(url, new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(400, refused.Status);
        var list = await target.Http.GetEnvelopeAsync("/api/admin/Incident?status=all");
        Assert.Equal(0, list.Result.GetProperty("TotalCount").GetInt32());

        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}/incidents/new").ToString());
        form.Set(
            "__RequestVerificationToken",
            await page.Locator("#declare-form input[name=__RequestVerificationToken]")
                .InputValueAsync()
        );
        var accepted = await page.APIRequest.PostAsync(
            url,
            new() { Form = form, MaxRedirects = 0 }
        );
        Assert.Equal(302, accepted.Status);
        list = await target.Http.GetEnvelopeAsync("/api/admin/Incident?status=all");
        Assert.Equal(1, list.Result.GetProperty("TotalCount").GetInt32());
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task RepeatedWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var email = await factory.CreateUserAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SubmitSignInAsync(page, email, "wrong password " + attempt);
            await Expect(page.GetByRole(AriaRole.Alert))
                .ToHaveTextAsync(
                    attempt < 5
                        ? ConsoleAccountController.WrongPasswordMessage
                        : ConsoleAccountController.LockedOutMessage
                );
            // Nothing typed is lost: the email stays filled in.
            await Expect(page.GetByLabel("Email")).ToHaveValueAsync(email);
        }

        await SubmitSignInAsync(page, email, ConsoleFactory.Password);
        await Expect(page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync(ConsoleAccountController.LockedOutMessage);
        var home = await page.APIRequest.GetAsync(
            new Uri(Origin, "/admin").ToString(),
            new() { MaxRedirects = 0 }
        );
        Assert.Equal(302, home.Status);
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task DeclareWithoutTitle_ShowsTheApiMessageNextToTheField_AndKeepsWhatWasTyped()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        await target.Http.CreateComponentAsync("Database");
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (
            await browser.NewContextAsync(new() { JavaScriptEnabled = false })
        ).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);

        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}/incidents/new").ToString());
        await page.GetByLabel("Description").FillAsync("Typed with care.");
        await page.GetByLabel("Database").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Declare incident" }).ClickAsync();

        await Expect(page.Locator("#Title-error")).ToHaveTextAsync("Title is required.");
        await Expect(page.GetByLabel("Description")).ToHaveValueAsync("Typed with care.");
        await Expect(page.GetByLabel("Database")).ToBeCheckedAsync();
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task SignInLink_FromTheCli_SignsInOnce()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var email = $"linked-{Guid.NewGuid():N}@example.test";
        var cli = await ConsoleCli.RunAsync(
            factory.DatabaseConnectionString,
            null,
            "users",
            "create",
            "--email",
            email,
            "--role",
            "Owner"
        );
        Assert.True(cli.ExitCode == 0, cli.StandardError);
        var link = new Uri(cli.LastLine);
        Assert.Equal("console.example.test", link.Host);
        var local = new Uri(Origin, link.PathAndQuery).ToString();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();

        await page.GotoAsync(local);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await ConsoleBrowser.WaitForAddressAsync(page, "/admin/account$");
        await Expect(page.Locator("main")).ToContainTextAsync(email);

        var again = await (await browser.NewContextAsync()).NewPageAsync();
        await again.GotoAsync(local);
        await again.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(again.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync(ConsoleAccountController.InvalidLinkMessage);
    }

    private async Task SubmitSignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(new Uri(Origin, "/admin/signin").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        // Done when the server has answered the POST (it counted the attempt). Not a wait for the
        // "load" event: under load that wait once missed an event that had fired (30 s timeout).
        await page.RunAndWaitForResponseAsync(
            () =>
                page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })
                    .ClickAsync(),
            response =>
                response.Request.Method == "POST"
                && response.Url.EndsWith("/admin/signin", StringComparison.Ordinal)
        );
    }

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/> (the keyboard's way there).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            if (
                await page.EvaluateAsync<bool>(
                    "s => document.activeElement !== null && document.activeElement.matches(s)",
                    selector
                )
            )
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}");
    }
}
