using Incidents.Api.Tests.Infrastructure;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// A real headless Chromium opens the page on real Kestrel; an incident created through the admin
/// API appears on it without a reload (Server-Sent Events + the page's script). Needs the Debian
/// packages chromium and chromium-driver; skips with the reason when they are missing.
/// </summary>
public sealed class StatusPageBrowserTests(KestrelStatusPageFactory factory)
    : IClassFixture<KestrelStatusPageFactory>
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";

    [Fact]
    public async Task OpenPage_WhenIncidentIsCreated_ShowsItWithoutReload()
    {
        Assert.SkipUnless(
            File.Exists(Chromium) && File.Exists(ChromeDriver),
            $"The browser test needs {Chromium} and {ChromeDriver} (apt-get install chromium chromium-driver; .ci/run installs them)."
        );
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Checkout API");

        using var service = DriverService();
        using var driver = new ChromeDriver(service, Options(), TimeSpan.FromSeconds(60));
        await OpenLiveAsync(driver, page);

        await page.Http.CreateIncidentAsync(
            "Checkout failing for some cards",
            "Major Outage",
            component
        );

        await WaitUntilAsync(
            () =>
                driver
                    .FindElement(By.Id("live-active"))
                    .Text.Contains("Checkout failing for some cards", StringComparison.Ordinal),
            "the incident to appear"
        );
        Assert.Equal(true, driver.ExecuteScript("return window.notReloaded === true;"));
        Assert.Equal("Major Outage", driver.FindElement(By.CssSelector(".banner h1")).Text);
        Assert.Equal(
            "Major Outage",
            driver.FindElement(By.CssSelector($"#component-{component} .status")).Text
        );
        Assert.NotEmpty(
            driver.FindElements(By.CssSelector($"#component-{component} .bars .day.s-major"))
        );
        // The script added local and relative times.
        Assert.NotEmpty(driver.FindElements(By.CssSelector("time .local")));

        var screenshot = ((ITakesScreenshot)driver).GetScreenshot();
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "status-page-live.png");
        screenshot.SaveAsFile(file);
        TestContext.Current.AddAttachment(
            "status-page-live.png",
            screenshot.AsByteArray,
            "image/png"
        );
        TestContext.Current.SendDiagnosticMessage($"Screenshot: {file}");
    }

    [Fact]
    public async Task OpenPage_WhenMaintenanceStarts_ShowsItInProgressWithoutReload()
    {
        Assert.SkipUnless(
            File.Exists(Chromium) && File.Exists(ChromeDriver),
            $"The browser test needs {Chromium} and {ChromeDriver} (apt-get install chromium chromium-driver; .ci/run installs them)."
        );
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Database");
        var from = DateTimeOffset.UtcNow.AddDays(1);
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                Title = "Database upgrade",
                Description = "Upgrading the **primary**.",
                ScheduledFor = from,
                ScheduledUntil = from.AddHours(2),
                AffectedComponents = new[] { component },
            }
        );
        Assert.True(created.Success, created.Raw);

        using var service = DriverService();
        using var driver = new ChromeDriver(service, Options(), TimeSpan.FromSeconds(60));
        await OpenLiveAsync(driver, page);
        var upcoming = driver.FindElement(By.Id("live-upcoming"));
        Assert.Contains("Database upgrade", upcoming.Text, StringComparison.Ordinal);
        // The window in the viewer's zone: the script decorated the section's UTC times.
        Assert.NotEmpty(upcoming.FindElements(By.CssSelector("time .local")));

        var started = await page.Http.PutJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                MaintenanceId = created.Result.GetGuid(),
                Description = "Work has begun.",
                Status = "In Progress",
            }
        );
        Assert.True(started.Success, started.Raw);

        await WaitUntilAsync(
            () =>
                driver
                    .FindElement(By.Id("live-active"))
                    .Text.Contains("Work has begun.", StringComparison.Ordinal),
            "the maintenance to appear in progress"
        );
        Assert.Equal(true, driver.ExecuteScript("return window.notReloaded === true;"));
        Assert.Equal("Under Maintenance", driver.FindElement(By.CssSelector(".banner h1")).Text);
        Assert.Equal(
            "Under Maintenance",
            driver.FindElement(By.CssSelector($"#component-{component} .status")).Text
        );
        Assert.NotEmpty(
            driver.FindElements(By.CssSelector("#live-active .incident.s-maintenance"))
        );
        Assert.DoesNotContain(
            "Database upgrade",
            driver.FindElement(By.Id("live-upcoming")).Text,
            StringComparison.Ordinal
        );
    }

    private static ChromeDriverService DriverService()
    {
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        return service;
    }

    private static ChromeOptions Options()
    {
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1200,1400"
        );
        return options;
    }

    /// <summary>Opens the page, marks the document (a reload would lose the mark) and waits for the event stream.</summary>
    private async Task OpenLiveAsync(ChromeDriver driver, PageClient page)
    {
        driver.Navigate().GoToUrl(new Uri(factory.BaseAddress, $"/status/{page.Slug}"));
        Assert.Equal(
            "All Systems Operational",
            driver.FindElement(By.CssSelector(".banner h1")).Text
        );
        driver.ExecuteScript("window.notReloaded = true;");
        await WaitUntilAsync(
            () =>
                driver.ExecuteScript("return document.documentElement.getAttribute('data-live');")
                    as string
                == "open",
            "the event stream to open"
        );
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (StaleElementReferenceException)
            {
                // The part was just swapped: look again.
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"Timed out waiting for {what}.");
    }
}
