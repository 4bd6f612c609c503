// Backfill benchmark (issue 14; not a test): see docs/performance.md "## Backfilled history".
//   dotnet run -c Release --project bench/Incidents.Notifications.Bench -- backfill [incidents=10000] [concurrency=8] [endDaysAgo=1]
// In one run, on one database (SQLite, or PostgreSQL with INCIDENTS_BENCH_POSTGRES):
//   1. two pages with the same 8 components; on page B, N incidents with 5 updates each are sent
//      through POST /api/admin/Incident/Backfill (spread over the last 1,000 days, 1–2 components
//      each, mixed impacts): throughput in incidents/s;
//   2. the public summary and HTML page of page A (0 backfilled) and page B (N backfilled): a
//      render after an eviction (miss: the database queries, uptime over the 90-day window and the
//      view) and a cached read (hit), median and p95 — B against A is the ratio that matters.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace Incidents.Notifications.Bench;

internal static class BackfillBenchmark
{
    private const int Components = 8;
    private const int Samples = 40;
    private const int HistoryDays = 1_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var incidents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        // Days before now where the spread of backfilled incidents ends: 1 (default) spreads them
        // up to yesterday; 91 puts them all outside the 90-day window.
        var endDaysAgo = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        BenchHost.UseApiContentRoot();
        await using var database = await BenchDatabase.CreateAsync();
        await using var host = BenchHost.Host(database, workers: false, concurrency);
        Console.WriteLine(
            $"Database: {database.Provider}; backfilled incidents: {incidents:N0} × 5 updates; concurrency: {concurrency}"
        );

        var empty = await BenchHost.CreatePageAsync(host);
        var full = await BenchHost.CreatePageAsync(host);
        var emptyClient = BenchHost.Client(host, empty.Key);
        var fullClient = BenchHost.Client(host, full.Key);
        var emptySlug = empty.Slug;
        var fullSlug = full.Slug;
        var emptyComponents = await CreateComponentsAsync(emptyClient);
        var fullComponents = await CreateComponentsAsync(fullClient);
        // One live incident on each page, so a correction can evict the cached page between samples.
        var emptyIncident = await OpenIncidentAsync(emptyClient, emptyComponents[0]);
        var fullIncident = await OpenIncidentAsync(fullClient, fullComponents[0]);

        var now = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var next = -1;
        var workers = Enumerable
            .Range(0, concurrency)
            .Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < incidents)
                {
                    await BackfillAsync(
                        fullClient,
                        fullComponents,
                        i,
                        incidents,
                        now.AddDays(1 - endDaysAgo)
                    );
                }
            });
        await Task.WhenAll(workers);
        clock.Stop();
        Console.WriteLine();
        Console.WriteLine("| Measure | Result |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(
            $"| Backfill {incidents:N0} incidents × 5 updates through the API | {clock.Elapsed.TotalSeconds:F1} s = {incidents / clock.Elapsed.TotalSeconds:F0} incidents/s ({incidents * 5 / clock.Elapsed.TotalSeconds:F0} updates/s) |"
        );

        foreach (
            var (name, path) in new[]
            {
                ("summary", "/api/public/{0}/summary"),
                ("page", "/status/{0}"),
            }
        )
        {
            var anonymous = host.CreateClient();
            var missEmpty = await MissesAsync(
                anonymous,
                emptyClient,
                string.Format(CultureInfo.InvariantCulture, path, emptySlug),
                emptyIncident
            );
            var missFull = await MissesAsync(
                anonymous,
                fullClient,
                string.Format(CultureInfo.InvariantCulture, path, fullSlug),
                fullIncident
            );
            var hitEmpty = await HitsAsync(
                anonymous,
                string.Format(CultureInfo.InvariantCulture, path, emptySlug)
            );
            var hitFull = await HitsAsync(
                anonymous,
                string.Format(CultureInfo.InvariantCulture, path, fullSlug)
            );
            Console.WriteLine(
                $"| {name}: render after eviction, 0 backfilled (median / p95) | {Median(missEmpty):F1} ms / {P95(missEmpty):F1} ms |"
            );
            Console.WriteLine(
                $"| {name}: render after eviction, {incidents:N0} backfilled (median / p95) | {Median(missFull):F1} ms / {P95(missFull):F1} ms (**{Median(missFull) / Median(missEmpty):F2}×**) |"
            );
            Console.WriteLine(
                $"| {name}: cached read, 0 vs {incidents:N0} backfilled (median) | {Median(hitEmpty) * 1000:F0} µs vs {Median(hitFull) * 1000:F0} µs (**{Median(hitFull) / Median(hitEmpty):F2}×**) |"
            );
        }

        return 0;
    }

    private static async Task<Guid[]> CreateComponentsAsync(HttpClient admin)
    {
        var ids = new Guid[Components];
        for (var i = 0; i < Components; i++)
        {
            using var response = await admin.PostAsJsonAsync(
                "/api/admin/Component",
                new { Name = $"Component {i}", Status = "Operational" }
            );
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<Envelope<Guid>>();
            ids[i] = body!.Result;
        }

        return ids;
    }

    private static async Task<Guid> OpenIncidentAsync(HttpClient admin, Guid component)
    {
        using var response = await admin.PostAsJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "Slow logins",
                Description = "Looking into it.",
                Impact = "Degraded Performance",
                AffectedComponents = new[] { component },
            }
        );
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Envelope<Guid>>())!.Result;
    }

    private static readonly string[] Impacts =
    [
        "Degraded Performance",
        "Partial Outage",
        "Major Outage",
        "None",
    ];

    private static async Task BackfillAsync(
        HttpClient admin,
        Guid[] components,
        int i,
        int count,
        DateTimeOffset now
    )
    {
        // Evenly over the last HistoryDays days, 2–5 h long, updates every 30 min then resolved.
        var started = now.AddDays(-HistoryDays)
            .AddMinutes((HistoryDays - 1.0) * 24 * 60 * i / count); // up to yesterday: all resolved in the past
        var resolvedAt = started.AddHours(2 + (i % 4));
        var affected =
            i % 3 == 0
                ? new[] { components[i % Components], components[(i + 1) % Components] }
                : new[] { components[i % Components] };
        using var response = await admin.PostAsJsonAsync(
            "/api/admin/Incident/Backfill",
            new
            {
                Title = $"Imported incident {i}",
                Impact = Impacts[i % Impacts.Length],
                AffectedComponents = affected,
                StartedAt = started,
                ResolvedAt = resolvedAt,
                Updates = new object[]
                {
                    new
                    {
                        Status = "Investigating",
                        Description = "We are investigating errors.",
                        At = started,
                    },
                    new
                    {
                        Status = "Identified",
                        Description = "The cause is identified.",
                        At = started.AddMinutes(30),
                    },
                    new
                    {
                        Status = "Monitoring",
                        Description = "A fix is deployed; monitoring.",
                        At = started.AddMinutes(60),
                    },
                    new
                    {
                        Status = "Monitoring",
                        Description = "Error rates are back to normal.",
                        At = started.AddMinutes(90),
                    },
                    new
                    {
                        Status = "Resolved",
                        Description = "This incident has been resolved.",
                        At = resolvedAt,
                    },
                },
            }
        );
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Backfill {i} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
            );
        }
    }

    /// <summary>Each sample: evict (a correction on the page's live incident, untimed), then time the first read.</summary>
    private static async Task<List<double>> MissesAsync(
        HttpClient anonymous,
        HttpClient admin,
        string path,
        Guid incident
    )
    {
        var updateId = await FirstUpdateIdAsync(admin, incident);
        var samples = new List<double>();
        for (var s = 0; s < Samples + 3; s++)
        {
            using (
                var corrected = await admin.PutAsJsonAsync(
                    $"/api/admin/Incident/{incident}/Updates/{updateId}",
                    new { Description = $"Looking into it ({s})." }
                )
            )
            {
                corrected.EnsureSuccessStatusCode();
            }

            var clock = Stopwatch.StartNew();
            using var response = await anonymous.GetAsync(path);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            if (s >= 3)
            {
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return samples;
    }

    private static async Task<List<double>> HitsAsync(HttpClient anonymous, string path)
    {
        var samples = new List<double>();
        for (var s = 0; s < Samples * 10; s++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await anonymous.GetAsync(path);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        return samples;
    }

    private static async Task<Guid> FirstUpdateIdAsync(HttpClient admin, Guid incident)
    {
        using var response = await admin.GetAsync($"/api/admin/Incident/{incident}");
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Envelope<IncidentView>>();
        return body!.Result.Updates[0].Id;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double P95(List<double> values) =>
        values.Order().ElementAt((int)Math.Ceiling(values.Count * 0.95) - 1);

    private sealed record Envelope<T>(bool Success, T Result, string Message);

    private sealed record IncidentView(IReadOnlyList<UpdateView> Updates);

    private sealed record UpdateView(Guid Id);
}
