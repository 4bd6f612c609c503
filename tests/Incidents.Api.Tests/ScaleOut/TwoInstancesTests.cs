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

    private static List<string> IncidentTitles(Envelope summary) =>
        summary
            .Result.GetProperty("Incidents")
            .EnumerateArray()
            .Select(i => i.GetProperty("Title").GetString()!)
            .ToList();
}
