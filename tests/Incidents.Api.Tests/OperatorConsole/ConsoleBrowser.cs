using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>Headless Chromium (the system one) for the console tests, and the steps they share.</summary>
public static partial class ConsoleBrowser
{
    public const string Chromium = "/usr/bin/chromium";

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
        // Polls the address rather than waiting for a "load" event (WaitForURLAsync): a run on
        // the CI machine once waited 30 s on the dashboard for a load event that had fired.
        try
        {
            await Assertions
                .Expect(page)
                .Not.ToHaveURLAsync(SignInAddress(), new() { Timeout = 30_000 });
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

    // No options: Playwright sends the pattern to the browser, which knows no .NET flags.
    [GeneratedRegex("/admin/signin")]
    private static partial Regex SignInAddress();
}
