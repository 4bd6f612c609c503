using System.Text.RegularExpressions;
using Incidents.Api.OperatorConsole;
using Incidents.Domain.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// A double-clicked "Declare" in real Chromium: with JavaScript the form sends one POST and its
/// buttons are disabled; without JavaScript the browser's repeated POST carries the same one-time
/// key and is answered with the first incident (ADR 160).
/// </summary>
public sealed partial class ConsoleDoubleSubmitBrowserTests(ConsoleFactory factory)
    : IClassFixture<ConsoleFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Origin => factory.BaseAddress;

    [Fact]
    public async Task SecondSubmit_WithJavaScript_IsNotSent_AndTheButtonIsDisabled()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}/incidents/new").ToString());
        await page.GetByLabel("Title").FillAsync("Checkout errors");
        await page.GetByLabel("Description (Markdown)").FillAsync("Payments fail.");
        // Hold the first POST on its way, as a slow network would.
        var posts = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(
            $"**/admin/{target.Slug}/incidents",
            async route =>
            {
                if (route.Request.Method == "POST")
                {
                    Interlocked.Increment(ref posts);
                    await release.Task;
                }

                await route.ContinueAsync();
            }
        );

        var declare = page.GetByRole(AriaRole.Button, new() { Name = "Declare incident" });
        // A real double click (the mouse API does not wait for the navigation it starts).
        await declare.ScrollIntoViewIfNeededAsync();
        var box = await declare.BoundingBoxAsync();
        Assert.NotNull(box);
        await page.Mouse.DblClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        // Read in the page itself: locator assertions wait for the held navigation to finish.
        var disabled = false;
        var submitting = await page.EvaluateAsync<bool>(
            "() => document.getElementById('declare-form').hasAttribute('data-submitting')"
        );
        for (var i = 0; i < 50 && !disabled; i++)
        {
            disabled = await page.EvaluateAsync<bool>(
                "() => document.querySelector('#declare-form button.primary').disabled"
            );
            await Task.Delay(TimeSpan.FromMilliseconds(100), Ct);
        }

        // What a second click or Enter does while the first is on its way.
        await page.EvaluateAsync("() => document.getElementById('declare-form').requestSubmit()");
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        var sent = Volatile.Read(ref posts);
        release.SetResult();
        await page.WaitForURLAsync(IncidentUrl());

        Assert.True(
            disabled,
            $"The Declare button stayed enabled after the first submit (submitting: {submitting}, posts: {sent})."
        );
        Assert.Equal(1, sent);
        Assert.Equal(1, await CountIncidentsAsync(target.PageId));
    }

    [Fact]
    public async Task RepeatedPost_WithoutJavaScript_CarriesTheSameKey_AndLandsOnTheFirstIncident()
    {
        ConsoleBrowser.SkipUnlessInstalled();
        var target = await factory.CreatePageClientAsync();
        var email = await factory.CreateUserAsync(target.PageId, ApiKeyRole.Write);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ConsoleBrowser.LaunchAsync(playwright);
        var page = await (
            await browser.NewContextAsync(new() { JavaScriptEnabled = false })
        ).NewPageAsync();
        await ConsoleBrowser.SignInAsync(page, Origin, email, ConsoleFactory.Password);
        await page.GotoAsync(new Uri(Origin, $"/admin/{target.Slug}/incidents/new").ToString());
        await page.GetByLabel("Title").FillAsync("Checkout errors");
        await page.GetByLabel("Description (Markdown)").FillAsync("Payments fail.");
        string? body = null;
        page.Request += (_, request) =>
        {
            if (
                request.Method == "POST"
                && request.Url.EndsWith("/incidents", StringComparison.Ordinal)
            )
            {
                body = request.PostData;
            }
        };

        await page.GetByRole(AriaRole.Button, new() { Name = "Declare incident" }).ClickAsync();
        await page.WaitForURLAsync(IncidentUrl());
        var first = new Uri(page.Url).AbsolutePath;
        // The browser sends the very same request again (a second click, a resend after a reload).
        Assert.NotNull(body);
        Assert.Contains(ConsoleIdempotencyFilter.FieldName + "=", body, StringComparison.Ordinal);
        var repeat = await page.APIRequest.PostAsync(
            new Uri(Origin, $"/admin/{target.Slug}/incidents").ToString(),
            new()
            {
                DataString = body,
                Headers = new Dictionary<string, string>
                {
                    ["Content-Type"] = "application/x-www-form-urlencoded",
                },
                MaxRedirects = 0,
            }
        );

        Assert.Equal(302, repeat.Status);
        Assert.Equal(first, new Uri(new Uri(Origin, "/"), repeat.Headers["location"]).AbsolutePath);
        Assert.Equal(1, await CountIncidentsAsync(target.PageId));
    }

    private static Regex IncidentUrl() => IncidentPath();

    private Task<int> CountIncidentsAsync(Guid pageId) =>
        factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.PageId == pageId, Ct));

    [GeneratedRegex("/incidents/[0-9a-f-]{36}$", RegexOptions.CultureInvariant)]
    private static partial Regex IncidentPath();
}
