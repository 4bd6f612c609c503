using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// A large fan-out commits in slices (ADR 0104): the first deliveries can be sent before the
/// last are written, and a dispatcher dying between two slices leaves the committed ones (and
/// the event's cursor) for the next one, which writes only the rest — each subscriber still
/// gets exactly one webhook.
/// </summary>
public abstract class SlicedFanOutTests<TDatabase>
    where TDatabase : IncidentsApiFactory, new()
{
    private const int Slice = 100;
    private const int Subscribers = 300;

    private static readonly Dictionary<string, string> SmallSlices = new()
    {
        ["Notifications:Workers:FanOutSlice"] = Slice.ToString(
            System.Globalization.CultureInfo.InvariantCulture
        ),
    };

    protected SlicedFanOutTests(InstancesFixture<TDatabase> fixture)
    {
        Fixture = fixture;
        if (fixture.Database.SkipReason is not null)
        {
            Assert.Skip(fixture.Database.SkipReason);
        }
    }

    protected InstancesFixture<TDatabase> Fixture { get; }

    private WebhookSink Sink => Fixture.Sink;

    [Fact]
    public async Task FirstSlices_AreSent_BeforeTheLastSliceIsWritten()
    {
        // The third slice's INSERT fails for as long as the test holds it: the two before it
        // are committed and must go out meanwhile.
        var fault = new FanOutSliceFault(fromSlice: 3);
        await using var host = Host(fault);
        var page = await host.CreatePageClientAsync();
        var prefix = "slices-" + Guid.NewGuid().ToString("N")[..8] + "-";
        await AddSubscribersAsync(host, page.PageId, prefix);

        await page.Http.CreateIncidentAsync(title: "Sliced");

        await Eventually.WaitAsync(
            () => Mine(prefix),
            r => r.Count >= 2 * Slice,
            "the first two slices' webhooks",
            seconds: 60
        );
        await Eventually.WaitAsync(() => fault.Failures, f => f >= 1, "the third slice to fail");
        // Handed-over deliveries are stored with their outcomes, just after their sends (ADR 0184).
        await Eventually.WaitAsync(
            () => StoredAsync(host, page.PageId),
            n => n >= 2 * Slice,
            "the first two slices' deliveries stored"
        );
        Assert.Equal(2 * Slice, await StoredAsync(host, page.PageId));
        Assert.Equal(2 * Slice, Mine(prefix).Count);

        fault.Holding = false;
        await Eventually.WaitAsync(
            () => Mine(prefix),
            r => r.Count >= Subscribers,
            $"{Subscribers} webhooks",
            seconds: 90
        );
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        AssertEachOnce(Mine(prefix));
        Assert.Equal(Subscribers, await StoredAsync(host, page.PageId));
    }

    [Fact]
    public async Task Crash_BetweenSlices_AnotherDispatcherResumesAfterTheCursor_WithoutDuplicates()
    {
        var prefix = "resume-" + Guid.NewGuid().ToString("N")[..8] + "-";
        PageClient page;
        Guid? cursor;
        var fault = new FanOutSliceFault(fromSlice: 3);
        await using (var crashing = Host(fault))
        {
            page = await crashing.CreatePageClientAsync();
            await AddSubscribersAsync(crashing, page.PageId, prefix);
            await page.Http.CreateIncidentAsync(title: "Resumed");

            // Two slices committed and sent; the third never gets written by this instance.
            await Eventually.WaitAsync(
                () =>
                    crashing.WithDbAsync(db =>
                        db.Set<Delivery>()
                            .CountAsync(d =>
                                d.PageId == page.PageId && d.State == DeliveryState.Succeeded
                            )
                    ),
                n => n >= 2 * Slice,
                "the first two slices delivered",
                seconds: 60
            );
            await Eventually.WaitAsync(
                () => fault.Failures,
                f => f >= 1,
                "the third slice to fail"
            );
            var (stored, maxStored, message) = await crashing.WithDbAsync(async db =>
            {
                var subscriberIds = await db.Set<Delivery>()
                    .Where(d => d.PageId == page.PageId)
                    .Select(d => d.SubscriberId)
                    .ToListAsync();
                var outbox = await db
                    .OutboxMessages.AsNoTracking()
                    .SingleAsync(m => m.PageId == page.PageId && m.Type == "IncidentOpened");
                return (subscriberIds.Count, subscriberIds.Max(), outbox);
            });
            Assert.Equal(2 * Slice, stored);
            Assert.Null(message.ProcessedAt);
            cursor = message.FanOutCursor;
            // The cursor is the last subscriber (in Guid order) whose delivery committed.
            Assert.Equal(maxStored, cursor);
        }

        await using var resuming = NotificationsHost.Create(Fixture.Database, null, SmallSlices);
        _ = resuming.App.Services;
        await Eventually.WaitAsync(
            () => Mine(prefix),
            r => r.Count >= Subscribers,
            $"{Subscribers} webhooks",
            seconds: 90
        );
        var after = await Eventually.WaitAsync(
            () =>
                resuming.WithDbAsync(db =>
                    db.Set<Delivery>().Where(d => d.PageId == page.PageId).ToListAsync()
                ),
            ds => ds.Count >= Subscribers && ds.All(d => d.State == DeliveryState.Succeeded),
            "every delivery recorded as succeeded",
            seconds: 60
        );
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        AssertEachOnce(Mine(prefix));
        Assert.Equal(Subscribers, after.Count);
        Assert.Equal(Subscribers, after.Select(d => d.SubscriberId).Distinct().Count());
        Assert.All(after, d => Assert.Equal(1, d.Attempts));
        Assert.Equal(
            Subscribers - 2 * Slice,
            after.Count(d => d.SubscriberId.CompareTo(cursor!.Value) > 0)
        );
        var processed = await resuming.WithDbAsync(db =>
            db.OutboxMessages.AnyAsync(m =>
                m.PageId == page.PageId && m.Type == "IncidentOpened" && m.ProcessedAt != null
            )
        );
        Assert.True(processed);
    }

    [Fact]
    public async Task Subscribers_AreReadASliceAtATime_EachSliceCommittedBeforeTheNextIsRead()
    {
        var recorder = new FanOutReadRecorder();
        await using var host = Host(recorder);
        var page = await host.CreatePageClientAsync();
        var prefix = "stream-" + Guid.NewGuid().ToString("N")[..8] + "-";
        await AddSubscribersAsync(host, page.PageId, prefix);

        await page.Http.CreateIncidentAsync(title: "Streamed");

        await Eventually.WaitAsync(
            () => Mine(prefix),
            r => r.Count >= Subscribers,
            $"{Subscribers} webhooks",
            seconds: 90
        );
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        AssertEachOnce(Mine(prefix));
        // 300 subscribers, 100 per read: three full reads, each written and its cursor moved
        // before the next read, then an empty read that finds the end. Reading them all first
        // (one read, then the cursor moves) would keep the first webhook waiting for the last
        // subscriber of the page.
        string[] expected =
        [
            FanOutReadRecorder.Read,
            FanOutReadRecorder.CursorMove,
            FanOutReadRecorder.Read,
            FanOutReadRecorder.CursorMove,
            FanOutReadRecorder.Read,
            FanOutReadRecorder.CursorMove,
            FanOutReadRecorder.Read,
        ];
        Assert.Equal(expected, recorder.Steps);
    }

    private NotificationsHost Host(Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor fault) =>
        new(
            NotificationsHost
                .Create(Fixture.Database, null, SmallSlices)
                .App.WithWebHostBuilder(b =>
                    b.ConfigureTestServices(s =>
                    {
                        s.ConfigureDbContext<Incidents.Infrastructure.Persistence.Sqlite.SqliteIncidentsDbContext>(
                            o => o.AddInterceptors(fault)
                        );
                        s.ConfigureDbContext<Incidents.Infrastructure.Persistence.PostgreSql.PostgreSqlIncidentsDbContext>(
                            o => o.AddInterceptors(fault)
                        );
                    })
                )
        );

    private async Task AddSubscribersAsync(NotificationsHost host, Guid pageId, string prefix) =>
        await host.WithDbAsync(db =>
        {
            db.AddRange(
                WebhookSubscribers.Create(
                    pageId,
                    Subscribers,
                    DateTimeOffset.UtcNow,
                    i => Sink.Url(prefix + i)
                )
            );
            return db.SaveChangesAsync();
        });

    private List<ReceivedWebhook> Mine(string prefix) =>
        Sink
            .Received.Where(r => r.Path.StartsWith("/" + prefix, StringComparison.Ordinal))
            .ToList();

    private static Task<int> StoredAsync(NotificationsHost host, Guid pageId) =>
        host.WithDbAsync(db => db.Set<Delivery>().CountAsync(d => d.PageId == pageId));

    private static void AssertEachOnce(List<ReceivedWebhook> received)
    {
        Assert.Equal(Subscribers, received.Count);
        Assert.Equal(Subscribers, received.Select(r => r.Path).Distinct().Count());
    }
}

public sealed class SqliteSlicedFanOutTests(SqliteInstancesFixture fixture)
    : SlicedFanOutTests<SqliteApiFactory>(fixture),
        IClassFixture<SqliteInstancesFixture>;

public sealed class PostgreSqlSlicedFanOutTests(PostgreSqlInstancesFixture fixture)
    : SlicedFanOutTests<PostgreSqlApiFactory>(fixture),
        IClassFixture<PostgreSqlInstancesFixture>;
