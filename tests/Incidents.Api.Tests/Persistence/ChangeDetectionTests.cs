using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// A save detects changes once (IncidentsDbContext.SaveChangesAsync): each detection compares
/// every property of every tracked entity with its snapshot, and the save looked at the tracker
/// three times (the aggregates' events, the writer gate's HasChanges, EF Core's own save). And
/// detecting once must not lose a change made to a tracked entity before the save.
/// </summary>
public abstract class ChangeDetectionTests
{
    protected ChangeDetectionTests(IncidentsApiFactory factory)
    {
        Factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private IncidentsApiFactory Factory { get; }

    [Fact]
    public async Task Create_And_Update_DetectChangesOncePerSave()
    {
        var page = await Factory.CreatePageClientAsync();
        var log = new CollectingLoggerProvider();
        await using var observed = Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting(
                "Logging:LogLevel:" + DbLoggerCategory.ChangeTracking.Name,
                nameof(LogLevel.Debug)
            );
            b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log));
        });
        using var client = observed.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        await client.CreateIncidentAsync("Warm-up"); // key, caches

        log.Entries.Clear();
        var id = await client.CreateIncidentAsync("Detected once");
        Assert.Equal(1, Detections(log));

        // An update changes a tracked incident (its status, a new update in its timeline): found
        // by the one detection, saved, and read back.
        log.Entries.Clear();
        var updated = await client.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = id,
                Status = "Identified",
                Description = "The primary database is failing over.",
            }
        );
        Assert.True(updated.Success, updated.Raw);
        Assert.Equal(1, Detections(log));
        var read = await client.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.Equal("Identified", read.Result.GetProperty("Status").GetString());
    }

    private static int Detections(CollectingLoggerProvider log) =>
        log.Entries.Count(e =>
            e.Category == DbLoggerCategory.ChangeTracking.Name
            && e.Event.Id == CoreEventId.DetectChangesStarting.Id
        );
}

public sealed class SqliteChangeDetectionTests(SqliteApiFactory factory)
    : ChangeDetectionTests(factory),
        IClassFixture<SqliteApiFactory>;

public sealed class PostgreSqlChangeDetectionTests(PostgreSqlApiFactory factory)
    : ChangeDetectionTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
