using System.Collections.Concurrent;
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

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_And_Update_DetectChangesOncePerSave()
    {
        var page = await Factory.CreatePageClientAsync();
        var detections = new DetectionLog();
        await using var observed = Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting(
                "Logging:LogLevel:" + DbLoggerCategory.ChangeTracking.Name,
                nameof(LogLevel.Debug)
            );
            b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(detections));
        });
        using var client = observed.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        await client.PostJsonAsync("/api/admin/Incident", Create("Warm-up")); // key, caches

        detections.Clear();
        var created = await client.PostJsonAsync("/api/admin/Incident", Create("Detected once"));
        Assert.True(created.Success, created.Raw);
        Assert.Equal(1, detections.Count);

        // An update changes a tracked incident (its status, a new update in its timeline): found
        // by the one detection, saved, and read back.
        var id = created.Result.GetGuid();
        detections.Clear();
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
        Assert.Equal(1, detections.Count);
        var read = await client.GetEnvelopeAsync($"/api/admin/Incident/{id}");
        Assert.Equal("Identified", read.Result.GetProperty("Status").GetString());
    }

    private static object Create(string title) =>
        new
        {
            Title = title,
            Description = "We are investigating reports of database timeouts.",
            Status = "Investigating",
            Impact = "Major Outage",
            AffectedComponents = Array.Empty<string>(),
            IsNotify = false,
        };

    /// <summary>Counts EF Core's "DetectChanges starting" events.</summary>
    private sealed class DetectionLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<EventId> _events = new();

        public int Count => _events.Count(e => e.Id == CoreEventId.DetectChangesStarting.Id);

        public void Clear() => _events.Clear();

        public ILogger CreateLogger(string categoryName) =>
            categoryName == DbLoggerCategory.ChangeTracking.Name
                ? new Logger(this)
                : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose() { }

        private sealed class Logger(DetectionLog owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(
                LogLevel logLevel,
                EventId eventId,
                TState state,
                Exception? exception,
                Func<TState, Exception?, string> formatter
            ) => owner._events.Enqueue(eventId);
        }
    }
}

public sealed class SqliteChangeDetectionTests(SqliteApiFactory factory)
    : ChangeDetectionTests(factory),
        IClassFixture<SqliteApiFactory>;

public sealed class PostgreSqlChangeDetectionTests(PostgreSqlApiFactory factory)
    : ChangeDetectionTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
