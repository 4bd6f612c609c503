using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.OperatorConsole;
using Incidents.Api.Tests.StatusPage;
using Microsoft.Playwright;

namespace Incidents.Api.Tests.PrivatePages;

/// <summary>
/// A real headless Chromium (Playwright, the system's /usr/bin/chromium) on real Kestrel: opening a
/// Password page lands on the sign-in form with nothing of the page; typing the password (the form
/// carries its antiforgery token) opens the page, and the session cookie keeps it open.
/// </summary>
public sealed class PrivatePageBrowserTests(KestrelStatusPageFactory factory)
    : IClassFixture<KestrelStatusPageFactory>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact(Timeout = BrowserTest.TimeoutMs)]
    public async Task Browser_SignsInWithThePassword_AndSeesThePage()
    {
        Assert.SkipUnless(
            File.Exists(Chromium),
            $"The browser test needs {Chromium} (apt-get install chromium; .ci/run installs it)."
        );
        var admin = await factory.CreatePageClientAsync();
        var component = "Payments " + Guid.NewGuid().ToString("N")[..8];
        await admin.Http.CreateComponentAsync(component);
        var changed = await admin.Http.PutJsonAsync(
            "/api/admin/Page/Access",
            new { Visibility = "Password", Password = "browser password 1" }
        );
        Assert.True(changed.Success, changed.Raw);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new()
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                ],
            }
        );
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var url = new Uri(factory.BaseAddress, $"/status/{admin.Slug}/history");

        await page.GotoAsync(url.AbsoluteUri);
        var signInHtml = await page.ContentAsync();
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(component, signInHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Test page", signInHtml, StringComparison.Ordinal);

        await page.FillAsync("#signin-password", "wrong password");
        await page.ClickAsync("button[type=submit]");
        Assert.Equal("Wrong password.", (await page.InnerTextAsync(".signin-error")).Trim());

        await page.FillAsync("#signin-password", "browser password 1");
        await page.ClickAsync("button[type=submit]");
        await Assertions
            .Expect(page)
            .ToHaveURLAsync(url.AbsoluteUri, new() { Timeout = ConsoleBrowser.WaitMs });
        Assert.Contains("Test page", await page.TitleAsync(), StringComparison.Ordinal);

        await page.GotoAsync(new Uri(factory.BaseAddress, $"/status/{admin.Slug}").AbsoluteUri);
        Assert.Contains(component, await page.ContentAsync(), StringComparison.Ordinal);
        var cookie = Assert.Single(
            await context.CookiesAsync(),
            c => c.Name.StartsWith("incidents_page_", StringComparison.Ordinal)
        );
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
    }
}
