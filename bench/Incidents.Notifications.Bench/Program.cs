// Fan-out benchmark for notifications (not a test): see docs/performance.md "## Notifications".
//   dotnet run -c Release --project bench/Incidents.Notifications.Bench [-- subscribers concurrency]
// It measures, in one run on one machine:
//   1. create latency (POST /api/admin/Incident, IsNotify) on a page with 0 and with N subscribers;
//   2. fan-out: one incident to N webhook subscribers on a local Kestrel sink, deliveries/s
//      (from the create request to the N-th receipt), in INCIDENTS_BENCH_ROUNDS rounds (12) in one
//      host — the first cold, the last after the JIT has settled — beside a plain HttpClient loop
//      posting the same body N times to the same sink with the same concurrency — once right
//      after each round (the paired ratio: both under the same load) and three times at the end
//      (warm) — and the service's webhook channel called directly (signing, timeout, breaker; no
//      database). CPU per delivery (this process and PostgreSQL's processes) against CPU per
//      loop request is printed too: steadier than throughput on a shared machine.
// INCIDENTS_BENCH_HISTORY=N stores N past delivered notifications per subscriber first (a page
// that has been notifying for a while: the indexes a fan-out writes grow with its history).
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
        if (args.Length > 0 && args[0] == "bulk-write")
        {
            return await BulkWriteBenchmark.RunAsync(args[1..]);
        }

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

        if (args.Length > 0 && args[0] == "channel")
        {
            return await ChannelBenchmark.RunAsync(args[1..]);
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

            if (
                int.TryParse(
                    Environment.GetEnvironmentVariable("INCIDENTS_BENCH_HISTORY"),
                    CultureInfo.InvariantCulture,
                    out var history
                )
                && history > 0
            )
            {
                var seeding = Stopwatch.StartNew();
                var seeded = await DeliveryHistory.SeedAsync(host.Services, crowded.Id, history);
                Console.WriteLine(
                    $"| History: past deliveries stored before the fan-out ({history} per subscriber) | {seeded:N0} in {seeding.Elapsed.TotalSeconds:F1} s |"
                );
            }
        }

        // Phase 2: fan-out through the real pipeline, workers on, several times in one host. The
        // first fan-out after start-up pays for JIT compilation and the receivers' connections;
        // the JIT then recompiles what turned out hot (tiered compilation with PGO) over the next
        // rounds — thousands of methods per round, a quarter of the CPU in `perf` — until it is
        // done, about the seventh round on SQLite and the tenth on PostgreSQL (its client's
        // paths take longer to settle). The last rounds are what a service that has been running
        // meets; the methods the JIT compiled during each round show it has settled. One round
        // swings by ±0.05 of the loop on these shared machines, so the verdict is the median of
        // the last four (of the middle two, the slower).
        var roundCount = Setting("INCIDENTS_BENCH_ROUNDS", 12, minimum: 1);
        var rounds = new List<FanOutRound>();
        using var loopHttp = new HttpClient();
        var channelRuns = Array.Empty<double>();
        await using (var host = BenchHost.Host(database, workers: true, concurrency))
        {
            var client = BenchHost.Client(host, crowded.Key);
            _ = host.Services;
            await Task.Delay(1000);
            await WarmCreatePathAsync(host, empty);
            using var jit = new JitListener();
            using var queued = new QueuedListener();
            // Opt-in: sampling allocations costs a little CPU itself.
            using var allocations =
                Environment.GetEnvironmentVariable("INCIDENTS_BENCH_ALLOCATIONS") == "1"
                    ? new AllocationSampler()
                    : null;
            // Opt-in: CPU and context switches by thread name over the last four rounds.
            var byThread =
                Environment.GetEnvironmentVariable("INCIDENTS_BENCH_THREADS") == "1"
                    ? new ThreadsByRound()
                    : null;
            for (var round = 1; round <= roundCount; round++)
            {
                Console.WriteLine($"Fan-out {round} of {roundCount} starts");
                var compiledBefore = jit.Compiled;
                jit.Round = round;
                var queuedBefore = queued.Counts;
                allocations?.Sample(round > roundCount - 4);
                var threadsBefore = byThread is null ? null : ThreadMeter.Now();
                var result = await FanOutAsync(client);
                var threadsBetween = byThread is null ? null : ThreadMeter.Now();
                allocations?.Sample(false);
                var jitted = jit.Compiled - compiledBefore;
                var queuedAfter = queued.Counts;
                jit.Round = 0;
                var loopCpuBefore = CpuMeter.Now();
                var loop = await LoopAsync(sink.LastBody ?? new string('x', 600));
                var loopCpu = CpuMeter.Now() - loopCpuBefore;
                if (byThread is not null && round > roundCount - 4)
                {
                    byThread.Add(threadsBefore!, threadsBetween!, ThreadMeter.Now());
                }
                rounds.Add(
                    result with
                    {
                        Jitted = jitted,
                        LoopSeconds = loop,
                        Loop = loopCpu,
                        HandedOver = queuedAfter.HandedOver - queuedBefore.HandedOver,
                        Claimed = queuedAfter.Claimed - queuedBefore.Claimed,
                    }
                );
            }

            allocations?.Print(subscribers * Math.Min(4, roundCount));
            byThread?.Print(subscribers * Math.Min(4, roundCount));
            jit.PrintNames();

            channelRuns = await ChannelAlone.RunAsync(
                host,
                sink,
                crowded.Id,
                subscribers,
                concurrency
            );
        }

        // Baseline: the same number of POSTs of a same-sized body with the same concurrency,
        // three times after the rounds (its spread on this shared machine was 8,000–27,000/s from
        // run to run); this ratio uses the median. Each round also has its own loop, run right
        // after it (above): the paired ratio compares the two under the same load.
        var body = sink.LastBody ?? new string('x', 600);
        var baselineRuns = new double[3];
        for (var run = 0; run < baselineRuns.Length; run++)
        {
            baselineRuns[run] = await LoopAsync(body);
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
        foreach (var (round, number) in rounds.Select((r, i) => (r, i + 1)))
        {
            var name =
                number == 1 ? "1, cold"
                : number == rounds.Count ? $"{number}, warm"
                : $"{number}";
            Console.WriteLine(
                $"| Fan-out ({name}): first webhook received after the create's response (commit) | {round.FirstAfterCommit * 1000:F0} ms |"
            );
            Console.WriteLine(
                $"| Fan-out ({name}): first webhook received after the create request was sent | {round.First * 1000:F0} ms |"
            );
            Console.WriteLine(
                $"| Fan-out ({name}): create → {subscribers:N0} signed webhooks received (total) | {round.Seconds:F2} s = {subscribers / round.Seconds:F0} deliveries/s |"
            );
            Console.WriteLine(
                $"| Fan-out ({name}): duplicates (webhooks beyond the first per subscriber) / subscribers reached | {round.Duplicates} / {round.Distinct:N0} |"
            );
            Console.WriteLine(
                $"| Fan-out ({name}): garbage collections in the process (gen0 / gen1 / gen2), GC pause | {round.Gc.Gen0} / {round.Gc.Gen1} / {round.Gc.Gen2}, {round.Gc.Pause.TotalMilliseconds:F0} ms |"
            );
            Console.WriteLine(
                $"| Fan-out ({name}): methods the JIT compiled during the round | {round.Jitted:N0} |"
            );
            Console.WriteLine(
                $"| Fan-out ({name}): deliveries handed over to the sender as stored / claimed from the database | {round.HandedOver:N0} / {round.Claimed:N0} |"
            );
        }

        Console.WriteLine(
            $"| Baseline: plain HttpClient loop, {subscribers:N0} POSTs, same concurrency (median of 3: {string.Join(" / ", baselineRuns.Select(r => (subscribers / r).ToString("F0", CultureInfo.InvariantCulture)))}) | {baselineSeconds:F2} s = {subscribers / baselineSeconds:F0} requests/s |"
        );
        Console.WriteLine(
            $"| Webhook channel alone (signing, timeout, breaker; no database), {subscribers:N0} sends, same concurrency (median of 3: {string.Join(" / ", channelRuns.Select(r => (subscribers / r).ToString("F0", CultureInfo.InvariantCulture)))}) | {subscribers / Median(channelRuns):F0} sends/s = {baselineSeconds / Median(channelRuns):F2} of the loop |"
        );
        Console.WriteLine(
            $"| Ratio fan-out / baseline throughput: per round (1 cold … {rounds.Count} warm) | {string.Join(", ", rounds.Select(r => (baselineSeconds / r.Seconds).ToString("F2", CultureInfo.InvariantCulture)))} |"
        );
        var lastRounds = rounds.TakeLast(Math.Min(4, rounds.Count)).ToList();
        Console.WriteLine(
            $"| Ratio fan-out / baseline throughput: median of the last {lastRounds.Count} rounds (warm) | {baselineSeconds / Median([.. lastRounds.Select(r => r.Seconds)]):F2} |"
        );
        Console.WriteLine(
            $"| Paired: the loop run right after each round, requests/s (1 … {rounds.Count}) | {string.Join(", ", rounds.Select(r => (subscribers / r.LoopSeconds).ToString("F0", CultureInfo.InvariantCulture)))} |"
        );
        Console.WriteLine(
            $"| Paired ratio fan-out / its round's loop: per round (1 cold … {rounds.Count} warm) | {string.Join(", ", rounds.Select(r => (r.LoopSeconds / r.Seconds).ToString("F2", CultureInfo.InvariantCulture)))} |"
        );
        Console.WriteLine(
            $"| Paired ratio fan-out / its round's loop: median of the last {lastRounds.Count} rounds (warm) | {Median([.. lastRounds.Select(r => r.LoopSeconds / r.Seconds)]):F2} |"
        );
        Console.WriteLine(
            $"| CPU per delivery, this process + PostgreSQL, µs (1 … {rounds.Count}) | {string.Join(", ", rounds.Select(r => $"{Micros(r.Cpu.Process)} + {Micros(r.Cpu.Postgres)}"))} |"
        );
        Console.WriteLine(
            $"| CPU per loop request (its round's loop), µs (1 … {rounds.Count}) | {string.Join(", ", rounds.Select(r => Micros(r.Loop.Total)))} |"
        );
        Console.WriteLine(
            $"| Of the CPU per delivery / per loop request, in the kernel, µs (1 … {rounds.Count}) | {string.Join(", ", rounds.Select(r => $"{Micros(r.Cpu.Kernel)} / {Micros(r.Loop.Kernel)}"))} |"
        );
        Console.WriteLine(
            $"| Allocated per delivery / per loop request, bytes (1 … {rounds.Count}) | {string.Join(", ", rounds.Select(r => $"{r.Cpu.Allocated / subscribers} / {r.Loop.Allocated / subscribers}"))} |"
        );
        Console.WriteLine(
            $"| Context switches per delivery / per loop request (1 … {rounds.Count}) | {string.Join(", ", rounds.Select(r => string.Create(CultureInfo.InvariantCulture, $"{(double)r.Cpu.ContextSwitches / subscribers:F2} / {(double)r.Loop.ContextSwitches / subscribers:F2}")))} |"
        );
        Console.WriteLine(
            $"| CPU ratio loop request / delivery: median of the last {lastRounds.Count} rounds (warm) | {Median([.. lastRounds.Select(r => r.Loop.Total / r.Cpu.Total)]):F2} |"
        );
        Console.WriteLine($"| Load average (1 min) at the end | {LoadAverage()} |");
        return 0;

        // Code that runs once per round (the create request, the dispatcher's pass for its event)
        // reaches tiered compilation's call counts only after many rounds, and its recompiles
        // then landed in measured rounds: bursts of up to 1,100 methods, the JIT's thread at
        // 9–31 µs per delivery over rounds 9–12 (INCIDENTS_BENCH_THREADS=1). Creates on the page
        // without subscribers first, and a pause for the background compiler, brought it to 7–9.
        static async Task WarmCreatePathAsync(
            Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<global::Program> host,
            PageInfo page
        )
        {
            var count = Setting("INCIDENTS_BENCH_WARM_CREATES", 200, minimum: 0);
            var client = BenchHost.Client(host, page.Key);
            for (var i = 0; i < count; i++)
            {
                await BenchHost.CreateIncidentAsync(client);
            }

            if (count > 0)
            {
                await Task.Delay(3000);
            }
        }

        // A whole number from the environment, at least the minimum; the fallback when unset.
        static int Setting(string name, int fallback, int minimum) =>
            int.TryParse(
                Environment.GetEnvironmentVariable(name),
                CultureInfo.InvariantCulture,
                out var value
            )
                ? Math.Max(minimum, value)
                : fallback;

        // The plain HttpClient loop: every subscriber's URL POSTed once.
        Task<double> LoopAsync(string body) =>
            PlainLoop.RunAsync(loopHttp, sink, body, subscribers, concurrency);

        // One incident to every subscriber: from the create request to the last webhook received.
        async Task<FanOutRound> FanOutAsync(HttpClient client)
        {
            sink.Reset();
            sink.ResetHooks();
            var clock = Stopwatch.StartNew();
            var started = DateTime.UtcNow;
            var gcBefore = GcCounts();
            var cpuBefore = CpuMeter.Now();
            await BenchHost.CreateIncidentAsync(client);
            // The create's response leaves after its transaction (incident, update, outbox row)
            // committed: the first webhook's latency "after commit" is measured from here.
            var committed = DateTime.UtcNow;
            await sink.WaitForAsync(subscribers, TimeSpan.FromMinutes(10));
            var seconds = clock.Elapsed.TotalSeconds;
            var gc = GcCounts() - gcBefore;
            var first = (sink.FirstAt - started).TotalSeconds;
            var firstAfterCommit = (sink.FirstAt - committed).TotalSeconds;
            // A moment for a late second copy to show up before counting duplicates.
            await Task.Delay(1000);
            // Measured after that second, so the last outcomes' saves are in (and a second of
            // idle workers, a few milliseconds).
            var cpu = CpuMeter.Now() - cpuBefore;
            return new FanOutRound(
                seconds,
                first,
                firstAfterCommit,
                sink.Duplicates,
                sink.DistinctHooks,
                gc
            )
            {
                Cpu = cpu,
            };
        }

        static GcCount GcCounts() =>
            new(
                GC.CollectionCount(0),
                GC.CollectionCount(1),
                GC.CollectionCount(2),
                GC.GetTotalPauseDuration()
            );

        static string LoadAverage() =>
            File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

        static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

        string Micros(TimeSpan cpu) =>
            (cpu.TotalMicroseconds / subscribers).ToString("F0", CultureInfo.InvariantCulture);

        static double P95(double[] values) =>
            values.Order().ElementAt((int)Math.Ceiling(values.Length * 0.95) - 1);
    }
}

internal sealed record FanOutRound(
    double Seconds,
    double First,
    double FirstAfterCommit,
    int Duplicates,
    int Distinct,
    GcCount Gc,
    int Jitted = 0,
    double LoopSeconds = 0
)
{
    /// <summary>How the round's deliveries reached the sender (incidents.deliveries.queued).</summary>
    public long HandedOver { get; init; }

    public long Claimed { get; init; }

    /// <summary>CPU of this process and PostgreSQL from the create to a second after the last webhook.</summary>
    public CpuSample Cpu { get; init; }

    /// <summary>CPU of the loop run after this round (no database): its kernel share, allocations and context switches too.</summary>
    public CpuSample Loop { get; init; }
}

internal readonly record struct GcCount(int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static GcCount operator -(GcCount a, GcCount b) =>
        new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Pause - b.Pause);
}

internal sealed record PageInfo(Guid Id, string Key, string Slug = "");
