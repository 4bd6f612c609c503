using Incidents.Api.OperatorConsole;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// A double-clicked "Declare" in real Chromium: with JavaScript the form sends one POST and its
/// buttons are disabled; without JavaScript the browser's repeated POST carries the same one-time
/// key and is answered with the first incident (ADR 160).
/// </summary>
public sealed class ConsoleDoubleSubmitBrowserTests(ConsoleFactory factory)
    : IClassFixture<ConsoleFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Origin => factory.BaseAddress;

    [Fact(Timeout = BrowserTest.TimeoutMs)]
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
        // The live preview arrives later and pushes the button down: wait for it before aiming the
        // double click (under load it once landed after the button's box was read — a missed click).
        await Assertions
            .Expect(page.Locator("#declare-preview"))
            .ToContainTextAsync("Payments fail.", new() { Timeout = ConsoleBrowser.WaitMs });
        // Chromium pauses DevTools messages to a page while its navigation is pending, so nothing
        // can be read from the page between the submit and the answer. A listener that runs after
        // console.js's records what each submit saw in sessionStorage (it outlives the navigation)
        // and, on the first, schedules a second submit while the first is on its way (Enter).
        await page.EvaluateAsync(
            """
            () => {
              sessionStorage.removeItem('submits');
              window.addEventListener('submit', event => {
                const form = event.target;
                const seen = JSON.parse(sessionStorage.getItem('submits') || '[]');
                seen.push({
                  prevented: event.defaultPrevented,
                  disabled: form.querySelector('button.primary').disabled,
                  submitting: form.hasAttribute('data-submitting'),
                });
                sessionStorage.setItem('submits', JSON.stringify(seen));
                if (seen.length === 1) { setTimeout(() => form.requestSubmit(), 200); }
              });
            }
            """
        );
        // Hold the POSTs on the server, as a slow network would.
        using var held = factory.HoldRequests("POST", $"/admin/{target.Slug}/incidents");
        var declare = page.GetByRole(AriaRole.Button, new() { Name = "Declare incident" });
        // A real double click (the mouse API does not wait for the navigation it starts).
        await declare.ScrollIntoViewIfNeededAsync();
        var box = await declare.BoundingBoxAsync();
        Assert.NotNull(box);
        await page.Mouse.DblClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await Task.Delay(TimeSpan.FromMilliseconds(1000), Ct);
        var sent = held.Count;
        held.Release();
        try
        {
            await ConsoleBrowser.WaitForAddressAsync(page, ConsoleBrowser.IncidentAddress);
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException(
                $"No incident page after the double click: POSTs held {sent}, now {held.Count}; "
                    + $"submits seen: {await page.EvaluateAsync<string>("() => sessionStorage.getItem('submits')")}.",
                e
            );
        }

        var seen = await page.EvaluateAsync<string>("() => sessionStorage.getItem('submits')");

        // The first submit disabled the button, so the double click's second one never fired;
        // the scheduled second submit was stopped by console.js; the server saw one POST.
        Assert.Equal(
            """[{"prevented":false,"disabled":true,"submitting":true},{"prevented":true,"disabled":true,"submitting":true}]""",
            seen
        );
        Assert.Equal(1, sent);
        Assert.Equal(1, await CountIncidentsAsync(target.PageId));
    }

    [Fact(Timeout = BrowserTest.TimeoutMs)]
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
        await ConsoleBrowser.WaitForAddressAsync(page, ConsoleBrowser.IncidentAddress);
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

    private Task<int> CountIncidentsAsync(Guid pageId) =>
        factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.PageId == pageId, Ct));
}
