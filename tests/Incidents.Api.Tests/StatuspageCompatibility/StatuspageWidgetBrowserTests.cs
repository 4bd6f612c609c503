using System.Net;
using Incidents.Api.Tests.Deployment;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.StatusPage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium.Chrome;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>
/// Atlassian's own embeddable widget (npm @statuspage/status-widget 1.0.5, tools/npm/statuspage-widget)
/// on an HTML page of another origin, pointed at a page's hostname: headless Chromium resolves that
/// hostname to our Kestrel (--host-resolver-rules), the widget fetches /api/v2/summary.json there
/// (cross-origin: CORS *) and shows our indicator and description, and the new ones after an incident.
/// </summary>
public sealed class StatuspageWidgetBrowserTests(KestrelStatusPageFactory factory)
    : IClassFixture<KestrelStatusPageFactory>
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";
    private const string Hostname = "status.example.test";

    private static readonly string WidgetScript = RepositoryFiles.PathOf(
        "tools/npm/statuspage-widget/node_modules/@statuspage/status-widget/dist/index.js"
    );

    [Fact]
    public async Task Widget_OnAnotherOrigin_ShowsOurIndicator_AndTheNewOneAfterAnIncident()
    {
        Assert.SkipUnless(
            File.Exists(Chromium) && File.Exists(ChromeDriver),
            $"The browser test needs {Chromium} and {ChromeDriver} (apt-get install chromium chromium-driver; .ci/run installs them)."
        );
        Assert.SkipUnless(
            File.Exists(WidgetScript),
            "The widget is not installed: run npm ci --prefix tools/npm/statuspage-widget (.ci/run does)."
        );
        var ct = TestContext.Current.CancellationToken;
        var page = await factory.CreatePageClientAsync();
        var added = await page.Http.PostJsonAsync("/api/admin/Page/Hostname", new { Hostname });
        Assert.True(added.Success, added.Raw);
        var component = await page.Http.CreateComponentAsync("Checkout API");
        var statusUrl = $"http://{Hostname}:{factory.BaseAddress.Port}";
        await using var embedder = await StartEmbedderAsync(statusUrl, ct);

        using var service = DriverService();
        using var driver = new ChromeDriver(service, Options(), TimeSpan.FromSeconds(60));
        driver.Navigate().GoToUrl(embedder.Url);
        var before = await WidgetAsync(driver, "none");

        await page.Http.CreateIncidentAsync("Checkout failing", "Major Outage", component);
        // The widget fetches once per page load (and caches 30 s in memory): a new load refetches.
        driver.Navigate().Refresh();
        var after = await WidgetAsync(driver, "critical");

        Assert.Equal(("none", "All Systems Operational"), before);
        Assert.Equal(("critical", "Major System Outage"), after);
        Assert.NotEqual(new Uri(embedder.Url).Port, factory.BaseAddress.Port);
    }

    /// <summary>Waits for the widget's indicator class; returns it with the description it shows.</summary>
    private static async Task<(string Indicator, string Description)> WidgetAsync(
        ChromeDriver driver,
        string expected
    )
    {
        const string Read = """
            const widget = document.querySelector('statuspage-widget');
            const root = widget && widget.shadowRoot;
            const indicator = root && root.querySelector('.status-indicator');
            const text = root && root.querySelector('.status-text');
            return indicator && text
              ? [...indicator.classList].filter(c => c !== 'status-indicator').join(' ') + '|' + text.textContent.trim()
              : '';
            """;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var seen = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            seen = driver.ExecuteScript(Read) as string ?? string.Empty;
            if (seen.StartsWith(expected + "|", StringComparison.Ordinal))
            {
                var parts = seen.Split('|');
                return (parts[0], parts[1]);
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"The widget never showed '{expected}'; it showed '{seen}'.");
        return default;
    }

    /// <summary>A second web server (another origin) serving a page that embeds the widget.</summary>
    private static async Task<Embedder> StartEmbedderAsync(string statusUrl, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet(
            "/",
            () =>
                Results.Content(
                    $"""
                    <!DOCTYPE html>
                    <html><head><title>Embedder</title></head>
                    <body>
                      <statuspage-widget src="{statusUrl}"></statuspage-widget>
                      <script src="/widget.js"></script>
                    </body></html>
                    """,
                    "text/html; charset=utf-8"
                )
        );
        app.MapGet(
            "/widget.js",
            () => Results.File(WidgetScript, "application/javascript; charset=utf-8")
        );
        await app.StartAsync(ct);
        var address = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new Embedder(app, address + "/");
    }

    private sealed record Embedder(WebApplication App, string Url) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
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
            $"--host-resolver-rules=MAP {Hostname} 127.0.0.1"
        );
        return options;
    }
}
