using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>Headless Chromium (the system one) for the console tests, and the steps they share.</summary>
public static partial class ConsoleBrowser
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>An incident's console page (a pattern for <see cref="WaitForAddressAsync"/>).</summary>
    /// <summary>How long a step waits for the page to get where it should (generous: shared, loaded machines).</summary>
    public const float WaitMs = 30_000;

    public const string IncidentAddress = "/incidents/[0-9a-f-]{36}$";

    public static readonly string[] Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static void SkipUnlessInstalled() =>
        Assert.SkipUnless(
            File.Exists(Chromium),
            $"The console browser tests need {Chromium} (apt-get install chromium; .ci/run installs it)."
        );

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(
            new()
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = Args,
            }
        );

    public static async Task SignInAsync(IPage page, Uri origin, string email, string password)
    {
        await page.GotoAsync(new Uri(origin, "/admin/signin").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })
            .ClickAsync();
        // Polls the address (see WaitForAddressAsync).
        try
        {
            await Assertions
                .Expect(page)
                .Not.ToHaveURLAsync(SignInAddress(), new() { Timeout = WaitMs });
        }
        catch (PlaywrightException e)
        {
            var shown = await page.Locator("p.error").AllTextContentsAsync();
            throw new InvalidOperationException(
                $"Signing in as {email} stayed on {page.Url}; the page says: \"{string.Join(" ", shown)}\".",
                e
            );
        }
    }

    /// <summary>
    /// Waits until the page's address matches <paramref name="pattern"/> (a JavaScript-compatible
    /// regular expression). It polls the address, an assertion, rather than WaitForURLAsync: that
    /// waits for navigation and load events, and under load on these machines it missed them
    /// (30 s on a page whose navigation and load had both been logged).
    /// </summary>
    public static Task WaitForAddressAsync(IPage page, string pattern, float timeout = WaitMs) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(pattern), new() { Timeout = timeout });

    // No options: Playwright sends the pattern to the browser, which knows no .NET flags.
    [GeneratedRegex("/admin/signin")]
    private static partial Regex SignInAddress();
}
