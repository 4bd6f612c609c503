using Deque.AxeCore.Playwright;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.ApiKeys;
using Microsoft.Playwright;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>axe-core finds no violation on any console page, in light and dark schemes (issue 17).</summary>
public sealed class ConsoleAccessibilityTests(ConsoleFactory factory)
    : IClassFixture<ConsoleFactory>
{
    [Theory]
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
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Admin);
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
            $"/admin/{target.Slug}",
            $"/admin/{target.Slug}/incidents/new",
            $"/admin/{target.Slug}/incidents/{incident}",
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
