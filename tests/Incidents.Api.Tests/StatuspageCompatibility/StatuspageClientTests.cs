using System.Diagnostics;
using System.Text.Json;
using Incidents.Api.Tests.Deployment;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

/// <summary>
/// A real client from a registry, npm statuspage.io 3.2.10 (tools/npm/statuspage-client), reads a
/// page of ours over TCP with only its base URL changed: at a page's hostname root and under
/// /status/{slug}. Skips with the reason when Node or the package is missing.
/// </summary>
public sealed class StatuspageClientTests(KestrelStatusPageFactory factory)
    : IClassFixture<KestrelStatusPageFactory>
{
    private static readonly string Folder = RepositoryFiles.PathOf("tools/npm/statuspage-client");

    [Fact]
    public async Task NpmStatuspageIo_ReadsEveryPublicEndpoint()
    {
        Assert.SkipUnless(
            Directory.Exists(Path.Combine(Folder, "node_modules", "statuspage.io")),
            "npm statuspage.io is not installed: run npm ci --prefix tools/npm/statuspage-client (.ci/run does)."
        );
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("Checkout API");
        var incident = await page.Http.CreateIncidentAsync(
            "Checkout failing",
            "Partial Outage",
            component
        );

        var read = await RunAsync(new Uri(factory.BaseAddress, $"/status/{page.Slug}").ToString());

        var summary = read.GetProperty("summary");
        Assert.Equal(
            page.PageId.ToString(),
            summary.GetProperty("page").GetProperty("id").GetString()
        );
        Assert.Equal("major", summary.GetProperty("status").GetProperty("indicator").GetString());
        Assert.Equal(
            "Partial System Outage",
            read.GetProperty("status").GetProperty("status").GetProperty("description").GetString()
        );
        Assert.Equal(
            "partial_outage",
            read.GetProperty("components")
                .GetProperty("components")[0]
                .GetProperty("status")
                .GetString()
        );
        Assert.Equal(
            incident.ToString(),
            read.GetProperty("unresolved").GetProperty("incidents")[0].GetProperty("id").GetString()
        );
        Assert.Equal(1, read.GetProperty("incidents").GetProperty("incidents").GetArrayLength());
        Assert.Equal(
            0,
            read.GetProperty("maintenances").GetProperty("scheduled_maintenances").GetArrayLength()
        );
        Assert.Equal(
            0,
            read.GetProperty("upcoming").GetProperty("scheduled_maintenances").GetArrayLength()
        );
    }

    private static async Task<JsonElement> RunAsync(string baseUrl)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("read-page.js");
        start.ArgumentList.Add(baseUrl);
        using var process = Process.Start(start)!;
        var ct = TestContext.Current.CancellationToken;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, await stderr);
        using var document = JsonDocument.Parse(await stdout);
        return document.RootElement.Clone();
    }
}
