// Fan-out benchmark for notifications (not a test): see docs/performance.md "## Notifications".
//   dotnet run -c Release --project bench/Incidents.Notifications.Bench [-- subscribers concurrency]
// It measures, in one run on one machine:
//   1. create latency (POST /api/admin/Incident, IsNotify) on a page with 0 and with N subscribers;
//   2. fan-out: one incident to N webhook subscribers on a local Kestrel sink, deliveries/s
//      (from the create request to the N-th receipt), beside a plain HttpClient loop posting the
//      same body N times to the same sink with the same concurrency.
// Database: SQLite in a temp folder, or PostgreSQL when INCIDENTS_BENCH_POSTGRES is set
// (a login that may CREATE DATABASE).
using System.Diagnostics;
using System.Globalization;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Notifications.Bench;

internal static class FanOutBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "fairness")
        {
            return await FairnessBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "sqlite-busy")
        {
            return await SqliteBusyBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "seed-history")
        {
            return await HistorySeeder.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "backfill")
        {
            return await BackfillBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "alerts")
        {
            return await AlertRepeatsBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "write-commands")
        {
            return await WriteCommandsBenchmark.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "maintenance")
        {
            return await MaintenanceSchedulerBenchmark.RunAsync(args[1..]);
        }

        var subscribers =
            args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        const int latencySamples = 30;

        BenchHost.UseApiContentRoot();
        await using var sink = await Sink.StartAsync();
        await using var database = await BenchDatabase.CreateAsync();
        Console.WriteLine(
            $"Database: {database.Provider}; subscribers: {subscribers}; concurrency: {concurrency}; load average at start: {LoadAverage()}"
        );

        // Phase 1: create latency with workers off (the request path alone), 0 vs N subscribers.
        PageInfo empty;
        PageInfo crowded;
        double[] latencyEmpty;
        double[] latencyCrowded;
        await using (var host = BenchHost.Host(database, workers: false, concurrency))
        {
            empty = await BenchHost.CreatePageAsync(host);
            crowded = await BenchHost.CreatePageAsync(host);
            await BenchHost.AddSubscribersAsync(host, crowded.Id, subscribers, sink.Url);
            var emptyClient = BenchHost.Client(host, empty.Key);
            var crowdedClient = BenchHost.Client(host, crowded.Key);
            for (var i = 0; i < 5; i++)
            {
                await BenchHost.CreateIncidentAsync(emptyClient);
                await BenchHost.CreateIncidentAsync(crowdedClient);
            }

            latencyEmpty = new double[latencySamples];
            latencyCrowded = new double[latencySamples];
            for (var i = 0; i < latencySamples; i++)
            {
                latencyEmpty[i] = await BenchHost.TimeAsync(() =>
                    BenchHost.CreateIncidentAsync(emptyClient)
                );
                latencyCrowded[i] = await BenchHost.TimeAsync(() =>
                    BenchHost.CreateIncidentAsync(crowdedClient)
                );
            }

            // Those incidents are not part of the fan-out measurement.
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            await db
                .OutboxMessages.Where(m => m.ProcessedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, DateTimeOffset.UtcNow));
        }

        // Phase 2: fan-out through the real pipeline, workers on.
        double fanOutSeconds;
        double firstSeconds;
        double firstAfterCommitSeconds;
        int duplicates;
        int distinct;
        await using (var host = BenchHost.Host(database, workers: true, concurrency))
        {
            var client = BenchHost.Client(host, crowded.Key);
            _ = host.Services;
            await Task.Delay(1000);
            sink.Reset();
            sink.ResetHooks();
            var clock = Stopwatch.StartNew();
            var started = DateTime.UtcNow;
            await BenchHost.CreateIncidentAsync(client);
            // The create's response leaves after its transaction (incident, update, outbox row)
            // committed: the first webhook's latency "after commit" is measured from here.
            var committed = DateTime.UtcNow;
            await sink.WaitForAsync(subscribers, TimeSpan.FromMinutes(10));
            fanOutSeconds = clock.Elapsed.TotalSeconds;
            firstSeconds = (sink.FirstAt - started).TotalSeconds;
            firstAfterCommitSeconds = (sink.FirstAt - committed).TotalSeconds;
            // A moment for a late second copy to show up before counting duplicates.
            await Task.Delay(1000);
            duplicates = sink.Duplicates;
            distinct = sink.DistinctHooks;
        }

        // Baseline: the same number of POSTs of a same-sized body with the same concurrency,
        // three times (its spread on this shared machine was 8,000–27,000/s from run to run);
        // the ratio uses the median.
        var body = sink.LastBody ?? new string('x', 600);
        var baselineRuns = new double[3];
        using (var http = new HttpClient())
        {
            for (var run = 0; run < baselineRuns.Length; run++)
            {
                sink.Reset();
                var clock = Stopwatch.StartNew();
                await Parallel.ForEachAsync(
                    Enumerable.Range(0, subscribers),
                    new ParallelOptions { MaxDegreeOfParallelism = concurrency },
                    async (i, ct) =>
                    {
                        using var content = new StringContent(
                            body,
                            System.Text.Encoding.UTF8,
                            "application/json"
                        );
                        using var response = await http.PostAsync(sink.Url(i), content, ct);
                        response.EnsureSuccessStatusCode();
                    }
                );
                await sink.WaitForAsync(subscribers, TimeSpan.FromMinutes(5));
                baselineRuns[run] = clock.Elapsed.TotalSeconds;
            }
        }

        var baselineSeconds = Median(baselineRuns);
        Console.WriteLine();
        Console.WriteLine("| Measure | Value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(
            $"| Create latency, 0 subscribers (median / p95 of {latencySamples}) | {Median(latencyEmpty):F1} ms / {P95(latencyEmpty):F1} ms |"
        );
        Console.WriteLine(
            $"| Create latency, {subscribers:N0} subscribers (median / p95 of {latencySamples}) | {Median(latencyCrowded):F1} ms / {P95(latencyCrowded):F1} ms |"
        );
        Console.WriteLine(
            $"| Fan-out: first webhook received after the create's response (commit) | {firstAfterCommitSeconds * 1000:F0} ms |"
        );
        Console.WriteLine(
            $"| Fan-out: first webhook received after the create request was sent | {firstSeconds * 1000:F0} ms |"
        );
        Console.WriteLine(
            $"| Fan-out: create → {subscribers:N0} signed webhooks received (total) | {fanOutSeconds:F2} s = {subscribers / fanOutSeconds:F0} deliveries/s |"
        );
        Console.WriteLine(
            $"| Fan-out: duplicates (webhooks beyond the first per subscriber) / subscribers reached | {duplicates} / {distinct:N0} |"
        );
        Console.WriteLine(
            $"| Baseline: plain HttpClient loop, {subscribers:N0} POSTs, same concurrency (median of 3: {string.Join(" / ", baselineRuns.Select(r => (subscribers / r).ToString("F0", CultureInfo.InvariantCulture)))}) | {baselineSeconds:F2} s = {subscribers / baselineSeconds:F0} requests/s |"
        );
        Console.WriteLine(
            $"| Ratio fan-out / baseline throughput | {baselineSeconds / fanOutSeconds:F2} |"
        );
        Console.WriteLine($"| Load average (1 min) at the end | {LoadAverage()} |");
        return 0;

        static string LoadAverage() =>
            File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

        static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

        static double P95(double[] values) =>
            values.Order().ElementAt((int)Math.Ceiling(values.Length * 0.95) - 1);
    }
}

internal sealed record PageInfo(Guid Id, string Key, string Slug = "");
