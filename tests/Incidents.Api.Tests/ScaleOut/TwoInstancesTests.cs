using System.Diagnostics;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.ScaleOut;

/// <summary>
/// Two instances behind no proxy, on one PostgreSQL database and one Redis: one truth everywhere.
/// </summary>
public sealed class TwoInstancesTests : IClassFixture<TwoInstancesFixture>
{
    private readonly TwoInstancesFixture _fixture;

    public TwoInstancesTests(TwoInstancesFixture fixture)
    {
        _fixture = fixture;
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
    }

    /// <remarks>
    /// The cache lives an hour here, so B answering with a new incident at all proves the eviction
    /// crossed instances. The issue's bound, "within 1 s", is checked on the best of three writes:
    /// a design that forwards late (a poll, a batch, expiry) misses it on every write and fails,
    /// while one starved time slice on a busy shared machine does not fail the run. The latency
    /// distribution is measured by bench/scale-out.sh (docs/performance.md).
    /// </remarks>
    [Fact]
    public async Task WriteOnA_IsVisibleOnBsCachedPublicSummary_WithinOneSecond()
    {
        var page = await _fixture.A.CreatePageClientAsync();
        using var adminOnA = _fixture.A.CreateTcpClient(page.Key);
        using var publicOnB = _fixture.B.CreateTcpClient();
        var api = await adminOnA.CreateComponentAsync("API");
        var summaryUrl = $"/api/public/{page.Slug}/summary";
        var latencies = new List<TimeSpan>();

        for (var write = 1; write <= 3; write++)
        {
            var before = IncidentTitles(await publicOnB.GetEnvelopeAsync(summaryUrl)); // cached on B
            Assert.Equal(before, IncidentTitles(await publicOnB.GetEnvelopeAsync(summaryUrl)));
            var title = $"Seen from B #{write}";

            await adminOnA.CreateIncidentAsync(title, "Major Outage", api);
            var clock = Stopwatch.StartNew();
            List<string> titles;
            do
            {
                titles = IncidentTitles(await publicOnB.GetEnvelopeAsync(summaryUrl));
                if (!titles.Contains(title))
                {
                    await Task.Delay(10, TestContext.Current.CancellationToken);
                }
            } while (!titles.Contains(title) && clock.Elapsed < TimeSpan.FromSeconds(30));

            Assert.Contains(title, titles);
            latencies.Add(clock.Elapsed);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            "B served each write after: "
                + string.Join(", ", latencies.Select(l => $"{l.TotalMilliseconds:F0} ms"))
        );
        Assert.True(
            latencies.Min() <= TimeSpan.FromSeconds(1),
            $"No write reached B's summary within 1 s: {string.Join(", ", latencies)}."
        );
    }

    /// <remarks>
    /// B's host map is loaded before the change and lives an hour here, so B serving the page at
    /// the new hostname proves the change crossed instances (PageHostnamesChanged over Redis);
    /// removing it on A stops B serving it likewise.
    /// </remarks>
    [Fact]
    public async Task HostnameAddedOnA_IsServedByB_AndRemovedOnA_IsNoLongerServedByB()
    {
        var page = await _fixture.A.CreatePageClientAsync();
        using var adminOnA = _fixture.A.CreateTcpClient(page.Key);
        using var publicOnB = _fixture.B.CreateTcpClient();
        var host = $"status-{Guid.NewGuid():N}.example.test";

        async Task<string?> PageIdServedAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/status.json");
            request.Headers.Host = host;
            using var response = await publicOnB.SendAsync(
                request,
                TestContext.Current.CancellationToken
            );
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var json = System.Text.Json.JsonDocument.Parse(
                await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)
            );
            return json.RootElement.GetProperty("page").GetProperty("id").GetString();
        }

        async Task<string?> WaitForAsync(Func<string?, bool> done)
        {
            var clock = Stopwatch.StartNew();
            string? served;
            while (
                !done(served = await PageIdServedAsync())
                && clock.Elapsed < TimeSpan.FromSeconds(30)
            )
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            return served;
        }

        var before = await PageIdServedAsync(); // loads B's host map: the default page answers
        var added = await adminOnA.PostJsonAsync(
            "/api/admin/Page/Hostname",
            new { Hostname = host }
        );
        var afterAdd = await WaitForAsync(id => id == page.PageId.ToString());
        var removed = await adminOnA.DeleteEnvelopeAsync($"/api/admin/Page/Hostname/{host}");
        var afterRemove = await WaitForAsync(id => id != page.PageId.ToString());

        Assert.NotEqual(page.PageId.ToString(), before);
        Assert.True(added.Success, added.Raw);
        Assert.Equal(page.PageId.ToString(), afterAdd);
        Assert.True(removed.Success, removed.Raw);
        Assert.NotEqual(page.PageId.ToString(), afterRemove);
    }

    [Fact]
    public async Task SseClientOnB_ReceivesTheChangeMadeOnA()
    {
        var page = await _fixture.A.CreatePageClientAsync();
        using var adminOnA = _fixture.A.CreateTcpClient(page.Key);
        using var viewerOnB = _fixture.B.CreateTcpClient();
        using var response = await viewerOnB.GetAsync(
            $"/status/{page.Slug}/events",
            HttpCompletionOption.ResponseHeadersRead,
            TestContext.Current.CancellationToken
        );
        using var reader = new StreamReader(
            await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken)
        );
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(
            TestContext.Current.CancellationToken
        );
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (
            await reader.ReadLineAsync(timeout.Token) is { } line
            && !line.StartsWith(": connected", StringComparison.Ordinal)
        ) { }

        await adminOnA.CreateIncidentAsync("Live on B");
        string? received = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: changed", StringComparison.Ordinal))
            {
                received = line;
                break;
            }
        }

        Assert.Equal("event: changed", received);
    }

    /// <remarks>
    /// Maintenance events take the same committed-events path over Redis as incidents: B's cache
    /// (an hour here) shows a maintenance started on A. Without forwarding the 30 s wait runs out.
    /// </remarks>
    [Fact]
    public async Task MaintenanceStartedOnA_IsVisibleOnBsCachedPublicSummary()
    {
        var page = await _fixture.A.CreatePageClientAsync();
        using var adminOnA = _fixture.A.CreateTcpClient(page.Key);
        using var publicOnB = _fixture.B.CreateTcpClient();
        var from = DateTimeOffset.UtcNow.AddDays(1);
        var created = await adminOnA.PostJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                Title = "Forwarded",
                Description = "d",
                ScheduledFor = from,
                ScheduledUntil = from.AddHours(1),
            }
        );
        Assert.True(created.Success, created.Raw);
        var summaryUrl = $"/api/public/{page.Slug}/summary";
        var before = await publicOnB.GetEnvelopeAsync(summaryUrl); // cached on B
        Assert.Equal(0, ActiveMaintenances(before));

        var started = await adminOnA.PutJsonAsync(
            "/api/admin/Maintenance",
            new
            {
                MaintenanceId = created.Result.GetGuid(),
                Description = "Started.",
                Status = "In Progress",
            }
        );
        Assert.True(started.Success, started.Raw);
        var clock = Stopwatch.StartNew();
        Envelope after;
        do
        {
            after = await publicOnB.GetEnvelopeAsync(summaryUrl);
            if (ActiveMaintenances(after) == 0)
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }
        } while (ActiveMaintenances(after) == 0 && clock.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal(1, ActiveMaintenances(after));
        Assert.Equal(
            "Under Maintenance",
            after.Result.GetProperty("Status").GetProperty("Description").GetString()
        );
    }

    private static int ActiveMaintenances(Envelope summary) =>
        summary.Result.GetProperty("Maintenance").GetProperty("Active").GetArrayLength();

    private static List<string> IncidentTitles(Envelope summary) =>
        summary
            .Result.GetProperty("Incidents")
            .EnumerateArray()
            .Select(i => i.GetProperty("Title").GetString()!)
            .ToList();
}
