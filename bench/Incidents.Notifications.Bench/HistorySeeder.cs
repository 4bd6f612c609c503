using System.Globalization;
using Incidents.Domain.Incidents;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Notifications.Bench;

/// <summary>
/// For bench/write-path.sh: fills an existing database (its default page) with history straight
/// through the aggregate — N resolved incidents of M updates each, plus one open incident with a
/// long timeline and one fresh open incident — and prints the two open ids.
///   seed-history &lt;provider&gt; &lt;connection string&gt; [incidents=2000] [updates=50] [long=2000]
/// </summary>
internal static class HistorySeeder
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args[0];
        var connectionString = args[1];
        var incidents = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        var updates = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50;
        var longTimeline =
            args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2000;

        BenchHost.UseApiContentRoot();
        await using var host = BenchHost.Host(
            BenchDatabase.Existing(provider, connectionString),
            workers: false,
            concurrency: 1
        );
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var page = await db.StatusPages.AsNoTracking().FirstAsync(p => p.Slug == "default");
        var start = DateTimeOffset.UtcNow.AddDays(-80);
        for (var i = 0; i < incidents; i++)
        {
            var at = start.AddMinutes(i);
            var incident = Open(page.Id, $"Seeded incident {i}", at);
            for (var u = 1; u < updates - 1; u++)
            {
                incident.PostUpdate(
                    $"Progress note {u}.",
                    null,
                    null,
                    null,
                    false,
                    at.AddSeconds(u)
                );
            }

            incident.Resolve(null, false, at.AddSeconds(updates));
            Add(db, incident);
            if (i % 100 == 99)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        var now = DateTimeOffset.UtcNow;
        var longOne = Open(page.Id, "Long timeline", now.AddHours(-1));
        for (var u = 1; u < longTimeline; u++)
        {
            longOne.PostUpdate(
                $"Progress note {u}.",
                null,
                null,
                null,
                false,
                now.AddHours(-1).AddTicks(u * 10)
            );
        }

        Add(db, longOne);
        var fresh = Open(page.Id, "Fresh", now.AddHours(-1));
        Add(db, fresh);
        await db.SaveChangesAsync();
        var stored = await db.IncidentUpdates.CountAsync();
        Console.WriteLine($"long={longOne.Id} fresh={fresh.Id} updates={stored}");
        return 0;
    }

    private static Incident Open(Guid pageId, string title, DateTimeOffset at) =>
        Incident.Open(
            pageId,
            title,
            "Investigating.",
            IncidentStatus.Investigating,
            IncidentImpact.PartialOutage,
            [],
            false,
            at
        );

    /// <summary>History only: no outbox rows for the workers to chew on during the measurement.</summary>
    private static void Add(IncidentsDbContext db, Incident incident)
    {
        incident.ClearDomainEvents();
        db.Incidents.Add(incident);
    }
}
