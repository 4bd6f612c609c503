using System.Globalization;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Deliveries;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Notifications.Bench;

/// <summary>
/// A fan-out's own database work, without HTTP: CPU of this process per delivery to write a
/// slice of 1,000 leased deliveries (IncidentsDbContext.InsertFanOutSliceAsync, one
/// transaction) and to record their successes (the sender's own set-based UPDATE, two groups of
/// 500). Steadier than the whole fan-out on a shared machine, and it shows which of the two a
/// change moves. Each slice goes to 1,000 new random subscribers: its rows land on leaves all
/// over the (SubscriberId, SourceEventId) index, as a real slice's do once its subscribers have
/// a history of deliveries. On PostgreSQL the server's CPU is not counted. INCIDENTS_BENCH_SQLITE_PRAGMAS
/// (e.g. "PRAGMA wal_autocheckpoint = 10000;") runs on each connection first: for experiments.
///   dotnet run -c Release --project bench/Incidents.Notifications.Bench -- bulk-write [rounds]
/// </summary>
internal static class BulkWriteBenchmark
{
    private const int Slice = 1000;
    private const int SaveGroup = 500;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 120;
        BenchHost.UseApiContentRoot();
        await using var database = await BenchDatabase.CreateAsync();
        await using var host = BenchHost.Host(database, workers: false, concurrency: 32);
        var page = await BenchHost.CreatePageAsync(host);
        var pragmas = Environment.GetEnvironmentVariable("INCIDENTS_BENCH_SQLITE_PRAGMAS");
        var inserts = new List<double>();
        var updates = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var now = DateTimeOffset.UtcNow;
            var token = "delivery-bench:" + Guid.NewGuid().ToString("N");
            var payload = DeliveryPayload.Create("{\"x\":\"" + new string('y', 600) + "\"}", now);
            var eventId = Guid.NewGuid();
            var slice = Enumerable
                .Range(0, Slice)
                .Select(_ =>
                    Delivery.Create(page.Id, Guid.NewGuid(), "incident.created", payload, now)
                )
                .OrderBy(d => d.SubscriberId)
                .ToList();
            foreach (var delivery in slice)
            {
                delivery.FannedOutFrom(eventId);
                delivery.LeaseTo(token, now.AddMinutes(2));
            }

            var before = CpuMeter.Now();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
                await ApplyPragmasAsync(db, pragmas);
                await FanOutSlices.WriteAsync(db, slice);
            }

            var inserted = CpuMeter.Now();
            foreach (var group in slice.Chunk(SaveGroup))
            {
                await using var scope = host.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
                await ApplyPragmasAsync(db, pragmas);
                // The sender's own save of successes (its lease check included).
                var succeeded = new List<(Delivery, string?)>(group.Length);
                foreach (var delivery in group)
                {
                    succeeded.Add((delivery, delivery.LockedBy));
                    delivery.Succeed(204, now);
                }

                if (await DeliverySender.SaveSucceededAsync(db, succeeded) > 0)
                {
                    throw new InvalidOperationException("Leases lost: the UPDATE saved nothing.");
                }
            }

            var updated = CpuMeter.Now();
            // The first third warms the JIT (tiered compilation) and the database's pages.
            if (round >= rounds / 3)
            {
                inserts.Add((inserted - before).Process.TotalMicroseconds / Slice);
                updates.Add((updated - inserted).Process.TotalMicroseconds / Slice);
            }
        }

        Console.WriteLine(
            $"| Database | {database.Provider}; {rounds} rounds of {Slice:N0} deliveries; the last {inserts.Count} counted |"
        );
        Console.WriteLine(
            $"| Slice INSERT, CPU per delivery (µs): p25 / median / p75 / mean | {Quartiles(inserts)} |"
        );
        Console.WriteLine(
            $"| Outcome UPDATE, CPU per delivery (µs): p25 / median / p75 / mean | {Quartiles(updates)} |"
        );
        return 0;
    }

    private static async Task ApplyPragmasAsync(IncidentsDbContext db, string? pragmas)
    {
        if (string.IsNullOrWhiteSpace(pragmas) || !db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync();
    }

    private static string Quartiles(List<double> values)
    {
        var sorted = values.Order().ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{sorted[sorted.Count / 4]:F1} / {sorted[sorted.Count / 2]:F1} / {sorted[3 * sorted.Count / 4]:F1} / {sorted.Average():F1}"
        );
    }
}
