using Microsoft.Playwright;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>Headless Chromium (the system one) for the console tests, and the steps they share.</summary>
public static class ConsoleBrowser
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
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }
}
