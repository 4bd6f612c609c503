using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Integrations;
using Incidents.Api.Tests.Notifications;
using Incidents.Domain.ApiKeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// The console's management pages in real headless Chromium (issue 17): maintenance, postmortems,
/// integrations and the audit log — each action end to end through the admin API's commands, the
/// API's messages next to their fields, and the role matrix (hidden in the page, 403 on a forged POST).
/// </summary>
public sealed class ConsoleManageTests(ConsoleFactory factory) : IClassFixture<ConsoleFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Origin => factory.BaseAddress;

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task Maintenance_ScheduledInTheBrowsersZone_IsStoredInUtc_ShowsOnThePublicPage_ThenStartsAndCompletesEarly()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var database = await target.Http.CreateComponentAsync("Database");
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (
            await browser.NewContextAsync(new() { TimezoneId = "Europe/Berlin" })
        ).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);

        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule maintenance" }).ClickAsync();
        // The script names the browser's zone; what is typed is Berlin summer time (UTC+2).
        await Expect(page.Locator("label[for=ScheduledFor]"))
            .ToHaveTextAsync("Start (Europe/Berlin)");
        await page.GetByLabel("Title").FillAsync("Database upgrade");
        await page.GetByLabel("Description (Markdown)").FillAsync("Moving to **version 17**.");
        await Expect(page.Locator("#schedule-preview strong")).ToHaveTextAsync("version 17");
        await page.Locator("#ScheduledFor").FillAsync("2030-06-01T10:00");
        await page.Locator("#ScheduledUntil").FillAsync("2030-06-01T12:30");
        await page.GetByLabel("Database").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule maintenance" }).ClickAsync();
        await ConsoleBrowser.WaitForAddressAsync(page, "/maintenance/[0-9a-f-]{36}$");
        var id = Guid.Parse(page.Url.Split('/')[^1]);
        await Expect(page.Locator("#maintenance-status")).ToHaveTextAsync("Scheduled");

        var stored = await target.Http.GetEnvelopeAsync($"/api/admin/Maintenance/{id}");
        Assert.Equal(
            new DateTimeOffset(2030, 6, 1, 8, 0, 0, TimeSpan.Zero),
            stored.Result.GetProperty("ScheduledFor").GetDateTimeOffset()
        );
        Assert.Equal(
            new DateTimeOffset(2030, 6, 1, 10, 30, 0, TimeSpan.Zero),
            stored.Result.GetProperty("ScheduledUntil").GetDateTimeOffset()
        );
        Assert.Equal(database, stored.Result.GetProperty("AffectedComponents")[0].GetGuid());
        using var anonymous = factory.CreateTcpClient();
        await Eventually.WaitAsync(
            () => anonymous.GetStringAsync($"/status/{target.Slug}", Ct),
            html =>
                html.Contains("Upcoming maintenance", StringComparison.Ordinal)
                && html.Contains("Database upgrade", StringComparison.Ordinal),
            "the upcoming maintenance on the public page"
        );
        // The edit form shows the stored window back in the browser's zone.
        await Expect(page.Locator("#ScheduledFor")).ToHaveValueAsync("2030-06-01T10:00");

        await page.GetByLabel("Update (Markdown)").FillAsync("Starting early: traffic is low.");
        await page.GetByLabel("Status").SelectOptionAsync("In Progress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Expect(page.Locator("#maintenance-status")).ToHaveTextAsync("In Progress");
        await page.GetByLabel("Update (Markdown)").FillAsync("Done.");
        await page.GetByLabel("Status").SelectOptionAsync("Completed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Expect(page.Locator("#maintenance-status")).ToHaveTextAsync("Completed");
        await Expect(page.Locator("#maintenance-update-form")).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}/maintenance").ToString());
        await Expect(page.Locator("#maintenance-completed")).ToContainTextAsync("Database upgrade");
        var audit = await target.Http.GetEnvelopeAsync($"/api/admin/Audit?target={id}");
        var actors = audit
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Select(e => e.GetProperty("ApiKeyName").GetString())
            .ToList();
        Assert.Equal(3, actors.Count);
        Assert.All(actors, a => Assert.Equal(email, a));
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task Maintenance_WithoutJavaScript_ExpectsUtc_ShowsTheApiMessageNextToTheField_KeepsInput_AndCancelsAfterConfirmation()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (
            await browser.NewContextAsync(
                new() { JavaScriptEnabled = false, TimezoneId = "America/New_York" }
            )
        ).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);

        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}/maintenance/new").ToString());
        await Expect(page.Locator("label[for=ScheduledFor]")).ToHaveTextAsync("Start (UTC)");
        await Expect(page.Locator("#window-zone-help")).ToContainTextAsync("UTC");
        await page.GetByLabel("Title").FillAsync("Network work");
        await page.GetByLabel("Description (Markdown)").FillAsync("Typed with care.");
        await page.Locator("#ScheduledFor").FillAsync("2031-03-02T04:00");
        await page.Locator("#ScheduledUntil").FillAsync("2031-03-02T03:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule maintenance" }).ClickAsync();

        await Expect(page.Locator("#ScheduledUntil-error"))
            .ToHaveTextAsync("ScheduledUntil must be after ScheduledFor.");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Network work");
        await Expect(page.GetByLabel("Description (Markdown)"))
            .ToHaveValueAsync("Typed with care.");
        await Expect(page.Locator("#ScheduledFor")).ToHaveValueAsync("2031-03-02T04:00");
        var none = await target.Http.GetEnvelopeAsync("/api/admin/Maintenance");
        Assert.Equal(0, none.Result.GetProperty("TotalCount").GetInt32());

        await page.Locator("#ScheduledUntil").FillAsync("2031-03-02T06:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule maintenance" }).ClickAsync();
        await Expect(page.Locator("#maintenance-status")).ToHaveTextAsync("Scheduled");
        var id = Guid.Parse(page.Url.Split('/')[^1]);
        var stored = await target.Http.GetEnvelopeAsync($"/api/admin/Maintenance/{id}");
        Assert.Equal(
            new DateTimeOffset(2031, 3, 2, 4, 0, 0, TimeSpan.Zero),
            stored.Result.GetProperty("ScheduledFor").GetDateTimeOffset()
        );

        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel this maintenance…" })
            .ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Cancel this maintenance?");
        // Nothing happens until the confirmation is submitted.
        stored = await target.Http.GetEnvelopeAsync($"/api/admin/Maintenance/{id}");
        Assert.Equal("Scheduled", stored.Result.GetProperty("Status").GetString());
        await page.GetByLabel("Message (optional)").FillAsync("Postponed to next month.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel maintenance" }).ClickAsync();
        await Expect(page.Locator("#maintenance-status")).ToHaveTextAsync("Cancelled");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("Postponed to next month.");
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task Postmortem_WrittenPublishedAndReverted_FromTheIncidentsPage_ShowsOnThePublicIncidentPage()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var incident = await target.Http.CreateIncidentAsync("Checkout outage", "Major Outage");
        Assert.True(
            (
                await target.Http.PostJsonAsync(
                    "/api/admin/Incident/ResolveIncident",
                    new { IncidentId = incident }
                )
            ).Success
        );
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        using var anonymous = factory.CreateTcpClient();
        var publicUrl = $"/status/{target.Slug}/incidents/{incident}";

        await page.GotoAsync(
            new Uri(Origin, $"/admin/{target.Slug}/incidents/{incident}").ToString()
        );
        await page.GetByRole(AriaRole.Link, new() { Name = "Postmortem" }).ClickAsync();
        await Expect(page.Locator("#postmortem-state")).ToHaveTextAsync("Not written");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.Locator("#Body-error")).ToHaveTextAsync("Body is required.");

        await page.GetByLabel("Postmortem (Markdown)")
            .FillAsync("An expired **certificate** stopped payments.");
        await Expect(page.Locator("#postmortem-preview strong")).ToHaveTextAsync("certificate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.Locator("#postmortem-state")).ToHaveTextAsync("Draft");
        Assert.DoesNotContain(
            "expired",
            await anonymous.GetStringAsync(publicUrl, Ct),
            StringComparison.Ordinal
        );

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish postmortem" }).ClickAsync();
        await Expect(page.Locator("#postmortem-state")).ToHaveTextAsync("Published");
        await Eventually.WaitAsync(
            () => anonymous.GetStringAsync(publicUrl, Ct),
            html =>
                html.Contains("An expired <strong>certificate</strong>", StringComparison.Ordinal),
            "the published postmortem on the public incident page"
        );

        await page.GetByRole(AriaRole.Button, new() { Name = "Revert to draft" }).ClickAsync();
        await Expect(page.Locator("#postmortem-state")).ToHaveTextAsync("Draft");
        await Eventually.WaitAsync(
            () => anonymous.GetStringAsync(publicUrl, Ct),
            html => !html.Contains("An expired", StringComparison.Ordinal),
            "the reverted postmortem gone from the public incident page"
        );
        var audit = await target.Http.GetEnvelopeAsync($"/api/admin/Audit?target={incident}");
        var byUser = audit
            .Result.GetProperty("Items")
            .EnumerateArray()
            .Where(e => e.GetProperty("ApiKeyName").GetString() == email)
            .Select(e => e.GetProperty("Action").GetString())
            .ToList();
        Assert.Equal(["RevertPostmortem", "PublishPostmortem", "WritePostmortem"], byUser);
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task Integrations_AdminCreates_TheTokenShownOnceWorks_ThenDeletesAfterConfirmation()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        await target.Http.CreateComponentAsync("Checkout API");
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Admin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);

        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Integrations" }).ClickAsync();
        await page.GetByLabel("Type").SelectOptionAsync("Alertmanager");
        await page.GetByLabel("Signing secret (Grafana only, optional)")
            .FillAsync("0123456789abcdef");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create integration" }).ClickAsync();
        await Expect(page.Locator("#Name-error")).ToHaveTextAsync("Name is required.");
        await Expect(page.Locator("#Secret-error"))
            .ToHaveTextAsync("Only a Grafana integration takes a Secret.");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Production alerts");
        await page.GetByLabel("Signing secret (Grafana only, optional)").FillAsync("");
        await page.GetByLabel("Checkout API").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create integration" }).ClickAsync();
        var url = await page.GetByLabel("Receiver URL").InputValueAsync();
        var token = await page.GetByLabel("Token (bearer)").InputValueAsync();
        Assert.StartsWith("int_", token, StringComparison.Ordinal);
        Assert.Contains("/api/integrations/alertmanager/", url, StringComparison.Ordinal);

        using var alerts = factory.CreateTcpClient();
        using (var request = AlertRequest(url, token))
        {
            using var accepted = await alerts.SendAsync(request, Ct);
            Assert.Equal(200, (int)accepted.StatusCode);
        }

        var opened = await target.Http.GetEnvelopeAsync("/api/admin/Incident?status=open");
        Assert.Equal(1, opened.Result.GetProperty("TotalCount").GetInt32());

        // Shown once: the list never shows the token again.
        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}/integrations").ToString());
        await Expect(page.Locator("#integrations")).ToContainTextAsync("Production alerts");
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete Production alerts…" })
            .ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete integration" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Integration deleted");
        using (var request = AlertRequest(url, token))
        {
            using var refused = await alerts.SendAsync(request, Ct);
            Assert.Equal(401, (int)refused.StatusCode);
        }
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task AuditLog_FiltersByActorAndTarget_NewestFirst_AndABadIdShowsTheApiMessageKeepingInput()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var first = await target.Http.CreateIncidentAsync("Made by the key", "Partial Outage");
        var other = await target.Http.CreateIncidentAsync("Another one", "Partial Outage");
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Admin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (
            await browser.NewContextAsync(new() { JavaScriptEnabled = false })
        ).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}/incidents/{first}").ToString());
        await page.GetByLabel("Update (Markdown)").FillAsync("Looked at by a person.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post update" }).ClickAsync();
        await Expect(page.Locator("#timeline")).ToContainTextAsync("Looked at by a person.");

        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        var rows = page.Locator("#audit-entries tbody tr");
        // The key's two creations, the person's creation by the CLI (audited since user management
        // became commands), the person's update.
        await Expect(rows).ToHaveCountAsync(4);
        // Newest first: the person's update, then the person's creation, then the key's two.
        await Expect(rows.Nth(0)).ToContainTextAsync(email);
        await Expect(rows.Nth(0)).ToContainTextAsync("UpdateIncident");

        // The actor's name is the link that filters by it.
        await page.Locator("#audit-entries")
            .GetByRole(AriaRole.Link, new() { Name = email })
            .ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Actor id")).Not.ToHaveValueAsync("");

        await page.GetByLabel("Actor id").FillAsync("");
        await page.GetByLabel("Target id").FillAsync(other.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Nth(0)).ToContainTextAsync("CreateIncident");
        await Expect(rows.Nth(0)).ToContainTextAsync(other.ToString());

        await page.GetByLabel("Target id").FillAsync("not-an-id");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.Locator("#target-error"))
            .ToHaveTextAsync("The value of 'target' is not valid.");
        await Expect(page.GetByLabel("Target id")).ToHaveValueAsync("not-an-id");
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task RoleMatrix_ControlsAreHiddenFromRolesThatMayNot_AndForgedPostsWithAValidTokenAre403()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var scheduled = await target.Http.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                Title = "Planned work",
                Description = "Planned.",
                ScheduledFor = "2032-01-01T10:00:00Z",
                ScheduledUntil = "2032-01-01T11:00:00Z",
            }
        );
        Assert.True(scheduled.Success, scheduled.Raw);
        var maintenance = scheduled.Result.GetGuid();
        var incident = await target.Http.CreateIncidentAsync("Resolved one", "Major Outage");
        await target.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incident }
        );
        var created = await target.Http.PostJsonAsync(
            "/api/admin/Integration",
            new { Type = "Alertmanager", Name = "Existing" }
        );
        Assert.True(created.Success, created.Raw);
        var integration = created.Result.GetProperty("Id").GetGuid();
        var reader = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Read);
        var writer = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var slug = target.Slug;

        var read = await SignedInAsync(browser, reader);
        await read.GotoAsync(new Uri(Origin, $"/admin/{slug}/maintenance").ToString());
        await Expect(read.Locator("#maintenance-upcoming")).ToContainTextAsync("Planned work");
        await Expect(read.GetByRole(AriaRole.Link, new() { Name = "Schedule maintenance" }))
            .ToHaveCountAsync(0);
        await read.GotoAsync(
            new Uri(Origin, $"/admin/{slug}/maintenance/{maintenance}").ToString()
        );
        await Expect(read.Locator("textarea")).ToHaveCountAsync(0);
        await Expect(read.GetByRole(AriaRole.Link, new() { Name = "Cancel this maintenance…" }))
            .ToHaveCountAsync(0);
        await read.GotoAsync(
            new Uri(Origin, $"/admin/{slug}/incidents/{incident}/postmortem").ToString()
        );
        await Expect(read.Locator("form[method=post]:not(.inline)")).ToHaveCountAsync(0);
        await read.GotoAsync(new Uri(Origin, $"/admin/{slug}").ToString());
        await Expect(read.GetByRole(AriaRole.Link, new() { Name = "Integrations" }))
            .ToHaveCountAsync(0);
        await Expect(read.GetByRole(AriaRole.Link, new() { Name = "Audit log" }))
            .ToHaveCountAsync(0);

        var write = await SignedInAsync(browser, writer);
        await write.GotoAsync(new Uri(Origin, $"/admin/{slug}").ToString());
        await Expect(write.GetByRole(AriaRole.Link, new() { Name = "Maintenance" }).First)
            .ToBeVisibleAsync();
        await Expect(write.GetByRole(AriaRole.Link, new() { Name = "Integrations" }))
            .ToHaveCountAsync(0);
        await Expect(write.GetByRole(AriaRole.Link, new() { Name = "Audit log" }))
            .ToHaveCountAsync(0);

        string[] writeOnly =
        [
            $"/admin/{slug}/maintenance",
            $"/admin/{slug}/maintenance/{maintenance}",
            $"/admin/{slug}/maintenance/{maintenance}/cancel",
            $"/admin/{slug}/incidents/{incident}/postmortem",
            $"/admin/{slug}/incidents/{incident}/postmortem/publish",
            $"/admin/{slug}/incidents/{incident}/postmortem/revert",
        ];
        string[] adminOnly =
        [
            $"/admin/{slug}/integrations",
            $"/admin/{slug}/integrations/{integration}/delete",
            $"/admin/{slug}/integrations/{integration}/secret",
        ];
        foreach (var path in writeOnly.Concat(adminOnly))
        {
            Assert.Equal(403, await ForgedPostAsync(read, path));
        }

        foreach (var path in adminOnly)
        {
            Assert.Equal(403, await ForgedPostAsync(write, path));
        }

        string[] writePages =
        [
            $"/admin/{slug}/maintenance/new",
            $"/admin/{slug}/maintenance/{maintenance}/cancel",
        ];
        string[] adminPages =
        [
            $"/admin/{slug}/integrations",
            $"/admin/{slug}/integrations/{integration}/delete",
            $"/admin/{slug}/audit",
        ];
        foreach (var path in writePages.Concat(adminPages))
        {
            Assert.Equal(
                403,
                (await read.APIRequest.GetAsync(new Uri(Origin, path).ToString())).Status
            );
        }

        foreach (var path in adminPages)
        {
            Assert.Equal(
                403,
                (await write.APIRequest.GetAsync(new Uri(Origin, path).ToString())).Status
            );
        }

        // Nothing changed.
        var after = await target.Http.GetEnvelopeAsync($"/api/admin/Maintenance/{maintenance}");
        Assert.Equal("Scheduled", after.Result.GetProperty("Status").GetString());
        Assert.Equal(1, after.Result.GetProperty("Updates").GetArrayLength());
        var postmortem = await target.Http.GetEnvelopeAsync(
            $"/api/admin/Incident/{incident}/Postmortem"
        );
        Assert.Equal(
            System.Text.Json.JsonValueKind.Null,
            postmortem.Result.GetProperty("Draft").ValueKind
        );
        var integrations = await target.Http.GetEnvelopeAsync("/api/admin/Integration");
        Assert.Equal(1, integrations.Result.GetArrayLength());
    }

    private async Task<IPage> SignedInAsync(IBrowser browser, string email)
    {
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        return page;
    }

    /// <summary>A POST with a valid antiforgery token of the session (from its account page) and plausible fields.</summary>
    private async Task<int> ForgedPostAsync(IPage page, string path)
    {
        await page.GotoAsync(new Uri(Origin, "/admin/account").ToString());
        var token = await page.Locator("input[name=__RequestVerificationToken]")
            .First.InputValueAsync();
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        form.Set("Title", "Forged");
        form.Set("Description", "Forged");
        form.Set("Body", "Forged");
        form.Set("Name", "Forged");
        form.Set("Type", "Alertmanager");
        form.Set("ScheduledFor", "2033-01-01T10:00");
        form.Set("ScheduledUntil", "2033-01-01T11:00");
        var response = await page.APIRequest.PostAsync(
            new Uri(Origin, path).ToString(),
            new() { Form = form, MaxRedirects = 0 }
        );
        return response.Status;
    }

    private static HttpRequestMessage AlertRequest(string url, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url).PathAndQuery)
        {
            Content = new StringContent(
                AlertFixtures.AlertmanagerFiring,
                System.Text.Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.Add("Authorization", "Bearer " + token);
        return request;
    }
}
