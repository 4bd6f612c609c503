using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Incidents.Domain.ApiKeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// The console's management pages in real headless Chromium (issue 17): components, subscribers
/// with their delivery logs, and API keys — every action end to end through the admin API's
/// commands (checked back through the API and its audit log), the core forms with JavaScript off,
/// errors next to their field keeping what was typed, and the role matrix hidden and refused.
/// </summary>
public sealed class ConsoleManagementTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    private Uri Origin => factory.BaseAddress;

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task Components_CreateEditMoveAndDelete_WithoutJavaScript_AuditedAsThePerson()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, email, javaScript: false);

        await page.GotoAsync(Url($"/admin/{target.Slug}"));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Page" })
            .GetByRole(AriaRole.Link, new() { Name = "Components" })
            .ClickAsync();
        await AddComponentAsync(page, "Database", "Core", "We store things.");
        await AddComponentAsync(page, "Queue", "Core", null);
        await AddComponentAsync(page, "Search", null, null);
        Assert.Equal(
            ["Database|Core", "Queue|Core", "Search|"],
            await ComponentsAsync(target.Http)
        );
        await Expect(page.Locator("#group-0")).ToHaveTextAsync("Core");
        await Expect(page.Locator("#group-1")).ToHaveTextAsync("Without a group");

        // Order: Queue moves up within its group, with a plain form button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move Queue up" }).ClickAsync();
        await ConsoleBrowser.WaitForAddressAsync(page, "/components");
        Assert.Equal(
            ["Queue|Core", "Database|Core", "Search|"],
            await ComponentsAsync(target.Http)
        );
        await Expect(page.Locator("section.component-group").First.Locator("tbody tr").First)
            .ToContainTextAsync("Queue");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move Queue down" }).ClickAsync();
        Assert.Equal(
            ["Database|Core", "Queue|Core", "Search|"],
            await ComponentsAsync(target.Http)
        );

        // Edit: rename, set a status, leave the group (empty clears it).
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Database" }).ClickAsync();
        await Expect(page.GetByLabel("Description (optional)"))
            .ToHaveValueAsync("We store things.");
        await page.GetByLabel("Name").FillAsync("Primary database");
        await page.GetByLabel("Group (optional)").FillAsync("");
        await page.Locator("#Status").SelectOptionAsync("Degraded Performance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save component" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Primary database");
        var list = await target.Http.GetEnvelopeAsync("/api/admin/Component");
        var edited = list
            .Result.EnumerateArray()
            .Single(c => c.GetProperty("Name").GetString() == "Primary database");
        Assert.Equal("Degraded Performance", edited.GetProperty("Status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, edited.GetProperty("Group").ValueKind);
        Assert.Equal("We store things.", edited.GetProperty("Description").GetString());

        // Delete: a confirmation step first; Cancel changes nothing.
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete Search" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Delete Search");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        Assert.Equal(3, (await ComponentsAsync(target.Http)).Count);
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete component" }).ClickAsync();
        await ConsoleBrowser.WaitForAddressAsync(page, "/components$");
        Assert.Equal(["Primary database|", "Queue|Core"], await ComponentsAsync(target.Http));

        // The person is the actor: 3 creates, 2 + 2 order swaps, 1 edit, 1 delete.
        var audit = await target.Http.GetEnvelopeAsync("/api/admin/Audit?pageSize=100");
        var actions = audit
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Where(e => e.GetProperty("ApiKeyName").GetString() == email)
            .Select(e => e.GetProperty("Action").GetString())
            .ToList();
        Assert.Equal(3, actions.Count(a => a == "CreateComponent"));
        Assert.Equal(5, actions.Count(a => a == "UpdateComponent"));
        Assert.Equal(1, actions.Count(a => a == "DeleteComponent"));
        Assert.Equal(9, actions.Count);
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task Move_WhenComponentsShareAnOrder_NumbersTheShownListThenSwaps()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        // Created through the API without an order: all DisplayOrder 0, shown by name.
        foreach (var name in new[] { "Alpha", "Bravo", "Charlie" })
        {
            await target.Http.CreateComponentAsync(name);
        }

        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, email, javaScript: true);
        await page.GotoAsync(Url($"/admin/{target.Slug}/components"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move Alpha up" }))
            .ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move Charlie down" }))
            .ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Move Charlie up" }).ClickAsync();
        await Expect(page.Locator("tbody tr").Nth(1)).ToContainTextAsync("Charlie");
        Assert.Equal(["Alpha|", "Charlie|", "Bravo|"], await ComponentsAsync(target.Http));
        var orders = (await target.Http.GetEnvelopeAsync("/api/admin/Component"))
            .Result.EnumerateArray()
            .Select(c => c.GetProperty("DisplayOrder").GetInt32());
        Assert.Equal([0, 1, 2], orders);

        await page.GetByRole(AriaRole.Button, new() { Name = "Move Alpha down" }).ClickAsync();
        await Expect(page.Locator("tbody tr").First).ToContainTextAsync("Charlie");
        Assert.Equal(["Charlie|", "Alpha|", "Bravo|"], await ComponentsAsync(target.Http));
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task ComponentErrors_ShowTheApiMessageNextToTheField_AndKeepWhatWasTyped()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var database = await target.Http.CreateComponentAsync("Database");
        await target.Http.CreateIncidentAsync("Slow", "Partial Outage", database);
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, email, javaScript: false);
        await page.GotoAsync(Url($"/admin/{target.Slug}/components"));

        await page.GetByLabel("Group (optional)").FillAsync("Storage");
        await page.GetByLabel("Description (optional)").FillAsync("Typed with care.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add component" }).ClickAsync();
        await Expect(page.Locator("#Name-error")).ToHaveTextAsync("Name is required.");
        await Expect(page.GetByLabel("Name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Group (optional)")).ToHaveValueAsync("Storage");
        await Expect(page.GetByLabel("Description (optional)"))
            .ToHaveValueAsync("Typed with care.");

        await page.GetByLabel("Name").FillAsync("database");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add component" }).ClickAsync();
        await Expect(page.Locator("#Name-error")).ToContainTextAsync("already exists");
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("database");

        await page.GotoAsync(Url($"/admin/{target.Slug}/components/{database}"));
        await page.GetByLabel("Name").FillAsync("");
        await page.GetByLabel("Description (optional)").FillAsync("Still here.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save component" }).ClickAsync();
        await Expect(page.Locator("#Name-error")).ToHaveTextAsync("Name cannot be empty.");
        await Expect(page.GetByLabel("Description (optional)")).ToHaveValueAsync("Still here.");

        // The domain's refusal (an unresolved incident affects it) on the confirmation page.
        await page.GotoAsync(Url($"/admin/{target.Slug}/components/{database}/delete"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete component" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync(
                $"Component {database} is affected by an unresolved incident and cannot be deleted."
            );
        Assert.Equal(["Database|"], await ComponentsAsync(target.Http));
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task ApiKeys_CreateShowsTheKeyOnce_ItWorks_RevokeAfterConfirmationRefusesIt()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Admin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, email, javaScript: false);
        await page.GotoAsync(Url($"/admin/{target.Slug}"));
        await page.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();

        // An error keeps the chosen role and names the field.
        await page.GetByLabel("Role").SelectOptionAsync("Write");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Expect(page.Locator("#Name-error")).ToHaveTextAsync("Name is required.");
        await Expect(page.GetByLabel("Role")).ToHaveValueAsync("Write");

        await page.GetByLabel("Name").FillAsync("CI deploys");
        var created = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync(),
            r => r.Request.Method == "POST"
        );
        Assert.Contains(
            "no-store",
            await created.HeaderValueAsync("cache-control") ?? "",
            StringComparison.Ordinal
        );
        var key = await page.Locator("#created-secret").InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(key));
        await Expect(page.Locator("#keys")).ToContainTextAsync("CI deploys");

        using (var withKey = factory.CreateTcpClient(key))
        {
            var incidents = await withKey.GetEnvelopeAsync("/api/admin/Incident");
            Assert.True(incidents.Success, incidents.Raw);
        }

        // Never again: not on the list, not on a reload.
        await page.GotoAsync(Url($"/admin/{target.Slug}/keys"));
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("#created-secret")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Revoke CI deploys" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Revoke CI deploys");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke key" }).ClickAsync();
        await ConsoleBrowser.WaitForAddressAsync(page, "/keys$");
        await Expect(page.Locator("#keys tr", new() { HasText = "CI deploys" }))
            .ToContainTextAsync("Revoked");
        using (var withKey = factory.CreateTcpClient(key))
        {
            using var refused = await withKey.GetAsync(
                "/api/admin/Incident",
                TestContext.Current.CancellationToken
            );
            Assert.Equal(401, (int)refused.StatusCode);
        }

        var keys = await target.Http.GetEnvelopeAsync("/api/admin/ApiKey");
        var row = keys
            .Result.EnumerateArray()
            .Single(k => k.GetProperty("Name").GetString() == "CI deploys");
        Assert.Equal("Write", row.GetProperty("Role").GetString());
        var audit = await target.Http.GetEnvelopeAsync(
            $"/api/admin/Audit?target={row.GetProperty("Id").GetGuid()}"
        );
        Assert.Equal(
            [email, email],
            audit
                .Result.GetProperty("Items")
                .EnumerateArray()
                .Select(e => e.GetProperty("ApiKeyName").GetString())
        );
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task Subscribers_AddSearchPageAndRemove_WithoutJavaScript()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        for (var i = 0; i < 26; i++)
        {
            var added = await target.Http.PostJsonAsync(
                "/api/admin/Subscriber",
                new { Type = "Email", Email = $"reader{i:00}@example.test" }
            );
            Assert.True(added.Success, added.Raw);
        }

        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Admin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, email, javaScript: false);
        await page.GotoAsync(Url($"/admin/{target.Slug}"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Subscribers" }).ClickAsync();
        await Expect(page.Locator("#list-heading")).ToHaveTextAsync("26 subscribers");
        await Expect(page.Locator("#subscribers tbody tr")).ToHaveCountAsync(25);
        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page.Locator("#subscribers tbody tr")).ToHaveCountAsync(1);

        // An error next to its field, the type and the text kept.
        await page.GetByLabel("Type").SelectOptionAsync("Webhook");
        await page.GetByLabel("URL (for a Webhook, Slack, Teams or Discord subscriber)")
            .FillAsync("not a url");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add subscriber" }).ClickAsync();
        await Expect(page.Locator("#Url-error"))
            .ToHaveTextAsync("Url must be an absolute http or https URL.");
        await Expect(page.GetByLabel("Type")).ToHaveValueAsync("Webhook");
        await Expect(page.GetByLabel("URL (for a Webhook, Slack, Teams or Discord subscriber)"))
            .ToHaveValueAsync("not a url");

        // A webhook: its signing secret is shown in this answer only.
        await page.GetByLabel("URL (for a Webhook, Slack, Teams or Discord subscriber)")
            .FillAsync("https://hooks.example.test/Alice");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add subscriber" }).ClickAsync();
        var secret = await page.Locator("#created-secret").InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(secret));
        await page.GetByLabel("Type").SelectOptionAsync("Email");
        await page.GetByLabel("Email (for an Email subscriber)").FillAsync("alice@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add subscriber" }).ClickAsync();
        await Expect(page.Locator("#created-subscriber")).ToContainTextAsync("Subscriber added.");
        await Expect(page.Locator("#created-secret")).ToHaveCountAsync(0);

        await page.GetByLabel("Search by address").FillAsync("ALICE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("#list-heading")).ToContainTextAsync("2 subscribers");
        await Expect(page.Locator("#subscribers")).ToContainTextAsync("alice@example.org");
        await Expect(page.Locator("#subscribers"))
            .ToContainTextAsync("https://hooks.example.test/Alice");
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "alice@example.org" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove this subscriber" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove subscriber" }).ClickAsync();
        await ConsoleBrowser.WaitForAddressAsync(page, "/subscribers$");
        var left = await target.Http.GetEnvelopeAsync("/api/admin/Subscriber?search=alice");
        Assert.Equal(
            ["https://hooks.example.test/Alice"],
            left.Result.GetProperty("Items")
                .EnumerateArray()
                .Select(s => s.GetProperty("Url").GetString())
        );
        Assert.Equal(
            27,
            (await target.Http.GetEnvelopeAsync("/api/admin/Subscriber"))
                .Result.GetProperty("TotalCount")
                .GetInt32()
        );
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task FailedDelivery_ShowsInTheLog_AndRetryFromTheConsoleResendsIt()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        await using var sink = await WebhookSink.StartAsync();
        var path = "retry-" + Guid.NewGuid().ToString("N");
        var subscriber = await target.Http.CreateWebhookSubscriberAsync(
            sink.Url(path, (_, _) => (503, null)),
            "incident.created"
        );
        await target.Http.CreateIncidentAsync("Checkout down");
        var failed = await Eventually.WaitAsync(
            () => target.Http.GetEnvelopeAsync($"/api/admin/Subscriber/{subscriber}/Deliveries"),
            d =>
                d.Result.GetProperty("Items")
                    .EnumerateArray()
                    .Any(i => i.GetProperty("State").GetString() == "Failed"),
            "the failed delivery"
        );
        var deliveryId = failed.Result.GetProperty("Items")[0].GetProperty("Id").GetGuid();
        var calls = sink.On(path).Count;
        Assert.Equal(3, calls);

        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Admin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, email, javaScript: false);
        await page.GotoAsync(Url($"/admin/{target.Slug}/subscribers/{subscriber}"));
        var row = page.Locator($"#delivery-{deliveryId}");
        await Expect(row.Locator(".delivery-state")).ToHaveTextAsync("Failed");
        await Expect(row).ToContainTextAsync("incident.created");
        await Expect(row).ToContainTextAsync("503");
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("3");

        sink.Respond(path, (_, _) => (204, null));
        await row.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Delivery queued for retry.");
        await Eventually.WaitAsync(
            () => Task.FromResult(sink.On(path)),
            r => r.Count == calls + 1,
            "the re-sent webhook"
        );
        Assert.Single(sink.On(path).Select(c => c.Id).Distinct());
        await Eventually.WaitAsync(
            async () =>
            {
                await page.ReloadAsync();
                return await row.Locator(".delivery-state").TextContentAsync();
            },
            s => s == "Succeeded",
            "the delivery shown as succeeded"
        );
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Retry" })).ToHaveCountAsync(0);

        var audit = await target.Http.GetEnvelopeAsync($"/api/admin/Audit?target={deliveryId}");
        Assert.Equal(
            [email],
            audit
                .Result.GetProperty("Items")
                .EnumerateArray()
                .Select(e => e.GetProperty("ApiKeyName").GetString())
        );
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task ReadUser_SeesComponentsWithoutForms_AndEveryForgedPostIs403()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var database = await target.Http.CreateComponentAsync("Database");
        await target.Http.CreateComponentAsync("Queue");
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Read);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, email, javaScript: true);

        await page.GotoAsync(Url($"/admin/{target.Slug}"));
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Page" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Components" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Database");
        await Expect(page.Locator("main form")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit Database" }))
            .ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Subscribers" }))
            .ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "API keys" })).ToHaveCountAsync(0);

        var token = await TokenAsync(page);
        string[] gets =
        [
            $"/admin/{target.Slug}/components/{database}",
            $"/admin/{target.Slug}/components/{database}/delete",
            $"/admin/{target.Slug}/subscribers",
            $"/admin/{target.Slug}/keys",
        ];
        foreach (var get in gets)
        {
            var answer = await page.APIRequest.GetAsync(Url(get), new() { MaxRedirects = 0 });
            Assert.True(answer.Status == 403, $"GET {get}: {answer.Status}");
        }

        await AssertForgedPostsRefusedAsync(
            page,
            token,
            ($"/admin/{target.Slug}/components", new() { ["Name"] = "Forged" }),
            ($"/admin/{target.Slug}/components/{database}", new() { ["Name"] = "Forged" }),
            ($"/admin/{target.Slug}/components/{database}/move", new() { ["direction"] = "down" }),
            ($"/admin/{target.Slug}/components/{database}/delete", new())
        );
        Assert.Equal(["Database|", "Queue|"], await ComponentsAsync(target.Http));
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task WriteUser_ManagesComponents_ButKeysAndSubscribersAreHiddenAndEveryForgedPostIs403()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var subscriber = await target.Http.CreateWebhookSubscriberAsync(
            "https://hooks.example.test/kept"
        );
        var keys = await target.Http.GetEnvelopeAsync("/api/admin/ApiKey");
        var keyId = keys.Result[0].GetProperty("Id").GetGuid();
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, email, javaScript: true);

        await page.GotoAsync(Url($"/admin/{target.Slug}/components"));
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Page" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Components" }))
            .ToHaveCountAsync(1);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Subscribers" }))
            .ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "API keys" })).ToHaveCountAsync(0);
        await AddComponentAsync(page, "Allowed", null, null);
        Assert.Equal(["Allowed|"], await ComponentsAsync(target.Http));

        string[] gets =
        [
            $"/admin/{target.Slug}/subscribers",
            $"/admin/{target.Slug}/subscribers/{subscriber}",
            $"/admin/{target.Slug}/subscribers/{subscriber}/remove",
            $"/admin/{target.Slug}/keys",
            $"/admin/{target.Slug}/keys/{keyId}/revoke",
        ];
        foreach (var get in gets)
        {
            var answer = await page.APIRequest.GetAsync(Url(get), new() { MaxRedirects = 0 });
            Assert.True(answer.Status == 403, $"GET {get}: {answer.Status}");
        }

        var token = await TokenAsync(page);
        await AssertForgedPostsRefusedAsync(
            page,
            token,
            ($"/admin/{target.Slug}/keys", new() { ["Name"] = "Forged", ["Role"] = "Admin" }),
            ($"/admin/{target.Slug}/keys/{keyId}/revoke", new()),
            (
                $"/admin/{target.Slug}/subscribers",
                new() { ["Type"] = "Email", ["Email"] = "forged@example.test" }
            ),
            ($"/admin/{target.Slug}/subscribers/{subscriber}/remove", new()),
            (
                $"/admin/{target.Slug}/subscribers/{subscriber}/deliveries/{Guid.NewGuid()}/retry",
                new()
            )
        );
        keys = await target.Http.GetEnvelopeAsync("/api/admin/ApiKey");
        Assert.Equal(1, keys.Result.GetArrayLength());
        Assert.Equal(
            System.Text.Json.JsonValueKind.Null,
            keys.Result[0].GetProperty("RevokedAt").ValueKind
        );
        var subscribers = await target.Http.GetEnvelopeAsync("/api/admin/Subscriber");
        Assert.Equal(1, subscribers.Result.GetProperty("TotalCount").GetInt32());
    }

    private string Url(string path) => new Uri(Origin, path).ToString();

    private async Task<IPage> SignedInAsync(IBrowser browser, string email, bool javaScript)
    {
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        return page;
    }

    private static async Task AddComponentAsync(
        IPage page,
        string name,
        string? group,
        string? description
    )
    {
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Group (optional)").FillAsync(group ?? "");
        await page.GetByLabel("Description (optional)").FillAsync(description ?? "");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add component" }).ClickAsync();
        await Expect(page.Locator("main table")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("main")).ToContainTextAsync(name);
    }

    /// <summary>"Name|Group" of the page's components in display order, from the admin API.</summary>
    private static async Task<List<string>> ComponentsAsync(HttpClient http)
    {
        var list = await http.GetEnvelopeAsync("/api/admin/Component");
        Assert.True(list.Success, list.Raw);
        return
        [
            .. list
                .Result.EnumerateArray()
                .Select(c =>
                    $"{c.GetProperty("Name").GetString()}|{c.GetProperty("Group").GetString()}"
                ),
        ];
    }

    /// <summary>A valid antiforgery token of this session (from its account page).</summary>
    private async Task<string> TokenAsync(IPage page)
    {
        var account = await page.Context.NewPageAsync();
        await account.GotoAsync(Url("/admin/account"));
        return await account
            .Locator("input[name=__RequestVerificationToken]")
            .First.InputValueAsync();
    }

    private async Task AssertForgedPostsRefusedAsync(
        IPage page,
        string token,
        params (string Path, Dictionary<string, string> Fields)[] posts
    )
    {
        foreach (var (path, fields) in posts)
        {
            var form = page.APIRequest.CreateFormData();
            form.Set("__RequestVerificationToken", token);
            foreach (var (name, value) in fields)
            {
                form.Set(name, value);
            }

            var answer = await page.APIRequest.PostAsync(
                Url(path),
                new() { Form = form, MaxRedirects = 0 }
            );
            Assert.True(answer.Status == 403, $"POST {path}: {answer.Status}");
        }
    }
}
