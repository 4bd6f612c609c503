using System.Diagnostics;
using System.Globalization;
using Incidents.Domain.Maintenances;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Notifications.Bench;

/// <summary>
/// The maintenance scheduler (issue 9), not a test:
///   dotnet run -c Release --project bench/Incidents.Notifications.Bench -- maintenance [count pages spreadSeconds idleSeconds]
/// Defaults are the issue's: 10,000 maintenances across 100 pages, start times spread over 600 s.
/// For 1 and then 2 instances on one database it reports the lag from ScheduledFor to the start
/// (StartedAt, stamped in the transition's unit of work just before its commit): p50, p99, max.
/// Then, with nothing due, the database commands one idle instance sends per second (counted
/// from EF Core's diagnostic events).
/// </summary>
internal static class MaintenanceSchedulerBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Arg(args, 0, 10_000);
        var pages = Arg(args, 1, 100);
        var spread = TimeSpan.FromSeconds(Arg(args, 2, 600));
        var idle = TimeSpan.FromSeconds(Arg(args, 3, 60));
        BenchHost.UseApiContentRoot();
        await using var database = await BenchDatabase.CreateAsync();
        Console.WriteLine(
            $"Database: {database.Provider}; maintenances: {count}; pages: {pages}; spread: {spread.TotalSeconds} s"
        );

        foreach (var instances in new[] { 1, 2 })
        {
            var hosts = Enumerable
                .Range(0, instances)
                .Select(_ => BenchHost.Host(database, workers: false, concurrency: 1))
                .ToList();
            try
            {
                foreach (var host in hosts)
                {
                    _ = host.Services; // start it, and its scheduler
                }

                var ids = await ScheduleAsync(hosts[0], count, pages, spread);
                var lags = await WaitForStartsAsync(hosts[0], ids, spread);
                Report($"{instances} instance(s)", lags);
            }
            finally
            {
                foreach (var host in hosts)
                {
                    await host.DisposeAsync();
                }
            }
        }

        await MeasureIdleAsync(database, idle);
        return 0;
    }

    /// <summary>Written straight to the database (the admin API is not what is measured), starts spread evenly.</summary>
    private static async Task<List<Guid>> ScheduleAsync(
        WebApplicationFactory<Program> host,
        int count,
        int pages,
        TimeSpan spread
    )
    {
        var pageIds = new List<Guid>();
        for (var i = 0; i < pages; i++)
        {
            pageIds.Add((await BenchHost.CreatePageAsync(host)).Id);
        }

        // Time to insert everything before the first start comes.
        var first = DateTimeOffset.UtcNow.AddSeconds(20);
        var ids = new List<Guid>(count);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        for (var i = 0; i < count; i++)
        {
            var start = first + spread * i / count;
            var maintenance = Maintenance.Schedule(
                pageIds[i % pages],
                $"Window {i}",
                "Planned work.",
                start,
                start.AddHours(1),
                [],
                autoStart: true,
                autoComplete: true,
                remindBeforeMinutes: null,
                notify: false,
                DateTimeOffset.UtcNow
            );
            db.Maintenances.Add(maintenance);
            ids.Add(maintenance.Id);
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        Console.WriteLine(
            $"  scheduled {count} (first start in {(first - DateTimeOffset.UtcNow).TotalSeconds:F0} s)"
        );
        return ids;
    }

    private static async Task<List<double>> WaitForStartsAsync(
        WebApplicationFactory<Program> host,
        List<Guid> ids,
        TimeSpan spread
    )
    {
        var deadline = DateTime.UtcNow + spread + TimeSpan.FromMinutes(2);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            var started = await db
                .Maintenances.AsNoTracking()
                .Where(m => ids.Contains(m.Id) && m.StartedAt != null)
                .Select(m => new { m.ScheduledFor, m.StartedAt })
                .ToListAsync();
            if (started.Count == ids.Count || DateTime.UtcNow > deadline)
            {
                if (started.Count < ids.Count)
                {
                    Console.WriteLine($"  only {started.Count} of {ids.Count} started in time");
                }

                Console.WriteLine($"  all done after {clock.Elapsed.TotalSeconds:F0} s");
                return started
                    .Select(s => (s.StartedAt!.Value - s.ScheduledFor).TotalMilliseconds)
                    .ToList();
            }
        }
    }

    private static async Task MeasureIdleAsync(BenchDatabase database, TimeSpan idle)
    {
        await using var host = BenchHost.Host(database, workers: false, concurrency: 1);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Nothing due: every maintenance so far is cancelled out of the clock's view.
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            await db.Maintenances.ExecuteUpdateAsync(s =>
                s.SetProperty(m => m.NextDueAt, (DateTimeOffset?)null)
            );
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        using var counter = new EfCommandCounter();
        await Task.Delay(idle);
        Console.WriteLine(
            $"Idle: {counter.Count} database commands in {idle.TotalSeconds:F0} s = {counter.Count / idle.TotalSeconds:F3}/s (one instance, nothing due)"
        );
    }

    private static void Report(string label, List<double> lagsMs)
    {
        if (lagsMs.Count == 0)
        {
            Console.WriteLine($"{label}: nothing started");
            return;
        }

        lagsMs.Sort();
        double At(double q) => lagsMs[Math.Min(lagsMs.Count - 1, (int)(q * lagsMs.Count))];
        Console.WriteLine(
            $"{label}: start lag p50 {At(0.50):F0} ms, p99 {At(0.99):F0} ms, max {lagsMs[^1]:F0} ms (n = {lagsMs.Count})"
        );
    }

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
}
