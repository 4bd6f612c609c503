// Alert receiver under repeats (issue 11; not a test): see docs/performance.md "## Alert integrations".
//   dotnet run -c Release --project bench/Incidents.Notifications.Bench -- alerts [rate=200] [seconds=30]
// One Alertmanager integration; its firing group is posted once, then re-posted at a fixed rate
// (open loop: a request starts every 1/rate s whether or not the previous one has answered) for
// the duration. Measures the answer times of the repeats, counts the incidents and the stored
// rows before and after, and — in the same run, at the same rate — the answer times of the
// cheapest endpoint the service has (GET /health/live) as the baseline.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Incidents.Domain.Audit;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Notifications.Bench;

internal static class AlertRepeatsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rate = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        BenchHost.UseApiContentRoot();
        var firing = await File.ReadAllTextAsync(
            Path.Combine(
                Environment.GetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INCIDENTS_API")!,
                "..",
                "..",
                "tests",
                "Incidents.Api.Tests",
                "Integrations",
                "Fixtures",
                "alertmanager-0.25-firing.json"
            )
        );
        await using var database = await BenchDatabase.CreateAsync();
        await using var host = BenchHost.Host(database, workers: false, concurrency: 32);
        var page = await BenchHost.CreatePageAsync(host);
        var admin = BenchHost.Client(host, page.Key);
        var component = await admin.PostAsJsonAsync("/api/admin/Component", new { Name = "API" });
        var componentId = (await component.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("Result")
            .GetGuid();
        var created = await admin.PostAsJsonAsync(
            "/api/admin/Integration",
            new
            {
                Type = "Alertmanager",
                Name = "bench",
                Rules = new[]
                {
                    new
                    {
                        Match = new Dictionary<string, string> { ["service"] = "api" },
                        Components = new[] { componentId },
                        Impact = "Major Outage",
                    },
                },
            }
        );
        var result = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("Result");
        var url = new Uri(result.GetProperty("Url").GetString()!).PathAndQuery;
        var token = result.GetProperty("Token").GetString()!;
        var receiver = host.CreateClient();
        receiver.DefaultRequestHeaders.Add("Authorization", "Bearer " + token);

        var first = await receiver.PostAsync(url, Json(firing));
        Console.WriteLine($"Database: {database.Provider}; first firing: {(int)first.StatusCode}");
        // Warm-up, then the rows every later repeat must leave unchanged.
        for (var i = 0; i < 200; i++)
        {
            (await receiver.PostAsync(url, Json(firing))).EnsureSuccessStatusCode();
        }

        // Closed loop (one request at a time): the service time of one repeat, and of an
        // authenticated admin read for comparison.
        var sequential = new double[200];
        var adminRead = new double[200];
        for (var i = 0; i < sequential.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            (await receiver.PostAsync(url, Json(firing))).EnsureSuccessStatusCode();
            sequential[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            started = Stopwatch.GetTimestamp();
            (await admin.GetAsync("/api/admin/Component")).EnsureSuccessStatusCode();
            adminRead[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(sequential);
        Array.Sort(adminRead);
        Console.WriteLine(
            $"One at a time: repeat median {sequential[100]:F2} ms, p99 {sequential[197]:F2} ms; GET /api/admin/Component median {adminRead[100]:F2} ms"
        );

        var before = await RowsAsync(host, page.Id);
        var repeats = await RunAtRateAsync(
            rate,
            seconds,
            () => receiver.PostAsync(url, Json(firing))
        );
        var after = await RowsAsync(host, page.Id);
        var health = host.CreateClient();
        var baseline = await RunAtRateAsync(rate, seconds, () => health.GetAsync("/health/live"));

        Report("Alert repeats (POST /api/integrations/alertmanager/{id})", repeats);
        Report("Baseline (GET /health/live, same rate)", baseline);
        Console.WriteLine(
            $"p99 ratio repeats/baseline: {repeats.P99 / baseline.P99:F1}; achieved rate {repeats.Count / (double)seconds:F0}/s"
        );
        Console.WriteLine($"Rows before: {before}");
        Console.WriteLine($"Rows after:  {after}");
        Console.WriteLine(
            $"Incidents on the page: {after.Incidents}; stored rows per repeat: {(after.Total - before.Total) / (double)repeats.Count:F4}"
        );
        return after.Incidents == 1 && after == before && repeats.Failures == 0 ? 0 : 1;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private sealed record Rows(int Incidents, int Updates, int Outbox, int Audit, int StatusChanges)
    {
        public int Total => Incidents + Updates + Outbox + Audit + StatusChanges;
    }

    private static async Task<Rows> RowsAsync(WebApplicationFactory<Program> host, Guid pageId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var ids = db.Incidents.Where(i => i.PageId == pageId).Select(i => i.Id);
        var components = db.Components.Where(c => c.PageId == pageId).Select(c => c.Id);
        return new Rows(
            await db.Incidents.CountAsync(i => i.PageId == pageId),
            await db.IncidentUpdates.CountAsync(u => ids.Contains(u.IncidentId)),
            await db.OutboxMessages.CountAsync(o => o.PageId == pageId),
            await db.Set<AuditEntry>().CountAsync(a => a.PageId == pageId),
            await db.ComponentStatusChanges.CountAsync(c => components.Contains(c.ComponentId))
        );
    }

    private sealed record Run(
        int Count,
        int Failures,
        double P50,
        double P95,
        double P99,
        double Max
    );

    /// <summary>Open loop: request i starts at i/rate seconds, whatever the earlier ones are doing.</summary>
    private static async Task<Run> RunAtRateAsync(
        int rate,
        int seconds,
        Func<Task<HttpResponseMessage>> send
    )
    {
        var total = rate * seconds;
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var tasks = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            tasks.Add(
                Task.Run(async () =>
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await send();
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                })
            );
        }

        await Task.WhenAll(tasks);
        var sorted = latencies.Order().ToArray();
        double At(double q) =>
            sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Run(sorted.Length, failures, At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    private static void Report(string name, Run run) =>
        Console.WriteLine(
            $"{name}: {run.Count} requests, {run.Failures} non-2xx; p50 {run.P50:F1} ms, p95 {run.P95:F1} ms, p99 {run.P99:F1} ms, max {run.Max:F1} ms"
        );
}
