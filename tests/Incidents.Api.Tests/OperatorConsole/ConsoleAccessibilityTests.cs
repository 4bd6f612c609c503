using Deque.AxeCore.Playwright;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.ApiKeys;
using Microsoft.Playwright;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>axe-core finds no violation on any console page, in light and dark schemes (issue 17).</summary>
public sealed class ConsoleAccessibilityTests(ConsoleFactory factory)
    : IClassFixture<ConsoleFactory>
{
    [Theory(Timeout = BrowserTest.TimeoutMs)]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_FindsNoViolations_OnEveryConsolePage(ColorScheme scheme)
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var database = await target.Http.CreateComponentAsync("Database");
        await target.Http.CreateComponentAsync("Checkout API");
        var incident = await target.Http.CreateIncidentAsync(
            "Slow queries",
            "Degraded Performance",
            database
        );
        // The management pages (maintenance, postmortem, integrations, audit) need something to show.
        var maintenance = (
            await target.Http.PostJsonAsync(
                "/api/admin/Maintenance",
                new
                {
                    Title = "Database upgrade",
                    Description = "Planned.",
                    ScheduledFor = "2032-01-01T10:00:00Z",
                    ScheduledUntil = "2032-01-01T11:00:00Z",
                }
            )
        ).Result.GetGuid();
        var resolved = await target.Http.CreateIncidentAsync("Past outage", "Major Outage");
        await target.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = resolved }
        );
        await target.Http.PutJsonAsync(
            $"/api/admin/Incident/{resolved}/Postmortem",
            new { Body = "What **happened**." }
        );
        var integration = (
            await target.Http.PostJsonAsync(
                "/api/admin/Integration",
                new { Type = "Grafana", Name = "Grafana alerts" }
            )
        )
            .Result.GetProperty("Id")
            .GetGuid();
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Admin);
        var subscriber = await target.Http.CreateWebhookSubscriberAsync(
            "https://hooks.example.test/a11y"
        );
        var key = (await target.Http.GetEnvelopeAsync("/api/admin/ApiKey"))
            .Result[0]
            .GetProperty("Id")
            .GetGuid();
        var invitee = await factory.InviteLinkPathAsync(target.Slug);
        var origin = factory.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { ColorScheme = scheme });
        var problems = new List<string>();

        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync(new Uri(origin, "/admin/signin").ToString());
        await CheckAsync(signIn, "sign-in");
        await ConsoleBrowser.SignInAsync(signIn, origin, email, ConsoleFactory.Password);

        string[] paths =
        [
            "/admin/account",
            "/admin/account?passkey=failed",
            $"/admin/{target.Slug}",
            $"/admin/{target.Slug}/incidents/new",
            $"/admin/{target.Slug}/incidents/{incident}",
            $"/admin/{target.Slug}/maintenance",
            $"/admin/{target.Slug}/maintenance/new",
            $"/admin/{target.Slug}/maintenance/{maintenance}",
            $"/admin/{target.Slug}/maintenance/{maintenance}/cancel",
            $"/admin/{target.Slug}/incidents/{resolved}/postmortem",
            $"/admin/{target.Slug}/integrations",
            $"/admin/{target.Slug}/integrations/{integration}/delete",
            $"/admin/{target.Slug}/audit",
            $"/admin/{target.Slug}/components",
            $"/admin/{target.Slug}/components/{database}",
            $"/admin/{target.Slug}/components/{database}/delete",
            $"/admin/{target.Slug}/subscribers",
            $"/admin/{target.Slug}/subscribers/{subscriber}",
            $"/admin/{target.Slug}/subscribers/{subscriber}/remove",
            $"/admin/{target.Slug}/keys",
            $"/admin/{target.Slug}/keys/{key}/revoke",
            $"/admin/{target.Slug}/users",
            invitee,
            $"/admin/invite?user={Guid.Empty}&token=used",
            $"/admin/{target.Slug}/incidents/{Guid.NewGuid()}",
        ];
        foreach (var path in paths)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(
                new Uri(origin, path).ToString(),
                new() { WaitUntil = WaitUntilState.Load }
            );
            await CheckAsync(page, path);
        }

        // The declare form showing an error next to its field.
        var invalid = await context.NewPageAsync();
        await invalid.GotoAsync(new Uri(origin, $"/admin/{target.Slug}/incidents/new").ToString());
        await invalid.GetByRole(AriaRole.Button, new() { Name = "Declare incident" }).ClickAsync();
        await invalid.Locator("#Title-error").WaitForAsync();
        await CheckAsync(invalid, "declare with an error");

        // The schedule form with errors next to its fields, and the integration's token shown once.
        var schedule = await context.NewPageAsync();
        await schedule.GotoAsync(
            new Uri(origin, $"/admin/{target.Slug}/maintenance/new").ToString()
        );
        await schedule
            .GetByRole(AriaRole.Button, new() { Name = "Schedule maintenance" })
            .ClickAsync();
        await schedule.Locator("#Title-error").WaitForAsync();
        await CheckAsync(schedule, "schedule with errors");
        var created = await context.NewPageAsync();
        await created.GotoAsync(new Uri(origin, $"/admin/{target.Slug}/integrations").ToString());
        await created.GetByLabel("Name", new() { Exact = true }).FillAsync("Alertmanager");
        await created
            .GetByRole(AriaRole.Button, new() { Name = "Create integration" })
            .ClickAsync();
        await created.Locator("#created-token").WaitForAsync();
        await CheckAsync(created, "integration created");
        // The management forms showing an error next to a field, and a new key shown once.
        var component = await context.NewPageAsync();
        await component.GotoAsync(new Uri(origin, $"/admin/{target.Slug}/components").ToString());
        await component.GetByRole(AriaRole.Button, new() { Name = "Add component" }).ClickAsync();
        await component.Locator("#Name-error").WaitForAsync();
        await CheckAsync(component, "add component with an error");
        var subscribers = await context.NewPageAsync();
        await subscribers.GotoAsync(
            new Uri(origin, $"/admin/{target.Slug}/subscribers").ToString()
        );
        await subscribers
            .GetByRole(AriaRole.Button, new() { Name = "Add subscriber" })
            .ClickAsync();
        await subscribers.Locator("#Email-error").WaitForAsync();
        await CheckAsync(subscribers, "add subscriber with an error");
        var keys = await context.NewPageAsync();
        await keys.GotoAsync(new Uri(origin, $"/admin/{target.Slug}/keys").ToString());
        await keys.GetByLabel("Name").FillAsync("Axe");
        await keys.GetByLabel("Role").SelectOptionAsync("Read");
        await keys.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await keys.Locator("#created-secret").WaitForAsync();
        await CheckAsync(keys, "key created");

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        async Task CheckAsync(IPage page, string name)
        {
            var dark = await page.EvaluateAsync<bool>(
                "() => matchMedia('(prefers-color-scheme: dark)').matches"
            );
            Assert.Equal(scheme == ColorScheme.Dark, dark);
            var result = await page.RunAxe();
            problems.AddRange(
                result.Violations.Select(v =>
                    $"{name} [{scheme}] {v.Id}: {v.Help} — {string.Join("; ", v.Nodes.Select(n => n.Html))}"
                )
            );
        }
    }
}
