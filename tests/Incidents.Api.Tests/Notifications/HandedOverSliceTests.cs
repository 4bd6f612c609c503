using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Deliveries;
using Incidents.Infrastructure.Persistence;
using Incidents.Infrastructure.Persistence.Deliveries;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// What a sliced fan-out hands to the sender is stored once, after its send (ADR 0184): one
/// slice row stands for it meanwhile. A sender that stops or dies mid-slice leaves that row to
/// any sender, which stores what has no row yet as pending — with the same message id — so
/// nothing is lost and what was stored is not sent again.
/// </summary>
public abstract class HandedOverSliceTests<TDatabase>
    where TDatabase : IncidentsApiFactory, new()
{
    private const int Subscribers = 300;

    private static readonly Dictionary<string, string> SmallSlices = new()
    {
        ["Notifications:Workers:FanOutSlice"] = "100",
    };

    /// <summary>No workers: the test calls the saver's write itself.</summary>
    private static readonly Dictionary<string, string> NoWorkers = new()
    {
        ["Notifications:Workers:Enabled"] = "false",
    };

    protected HandedOverSliceTests(InstancesFixture<TDatabase> fixture)
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
    public async Task SlicedFanOut_StoresEachHandedOverDelivery_Once_WithItsOutcome()
    {
        var commands = new EfCommandLog();
        await using var host = new NotificationsHost(
            NotificationsHost
                .Create(Fixture.Database, null, SmallSlices)
                .App.WithWebHostBuilder(b =>
                {
                    b.UseSetting(
                        "Logging:LogLevel:" + DbLoggerCategory.Database.Command.Name,
                        "Information"
                    );
                    b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(commands));
                })
        );
        var page = await host.CreatePageClientAsync();
        var prefix = "once-" + Guid.NewGuid().ToString("N")[..8] + "-";
        await AddSubscribersAsync(host, page.PageId, prefix);

        await page.Http.CreateIncidentAsync(title: "Stored once");

        await Eventually.WaitAsync(
            () => Mine(prefix),
            r => r.Count >= Subscribers,
            $"{Subscribers} webhooks",
            seconds: 90
        );
        var recorded = await Eventually.WaitAsync(
            () => DeliveriesAsync(host, page.PageId),
            ds => ds.Count >= Subscribers && ds.All(d => d.State == DeliveryState.Succeeded),
            "every delivery recorded as succeeded",
            seconds: 60
        );
        await Task.Delay(1000, Ct);
        Assert.Equal(Subscribers, Mine(prefix).Count);
        Assert.Equal(Subscribers, recorded.Count);
        Assert.All(recorded, d => Assert.Equal(1, d.Attempts));
        Assert.All(recorded, d => Assert.Null(d.LockedBy));
        // Written once: inserted with the outcome, never updated to it.
        var outcomeUpdates = commands
            .All.Where(c =>
                c.Contains("UPDATE \"Deliveries\"", StringComparison.Ordinal)
                && c.Contains("\"CompletedAt\"", StringComparison.Ordinal)
            )
            .ToList();
        Assert.True(
            outcomeUpdates.Count == 0,
            "Outcomes were updated:\n" + string.Join("\n", outcomeUpdates)
        );
        Assert.Equal(0, await SlicesAsync(host, page.PageId));
    }

    [Fact]
    public async Task SliceOfADeadSender_IsRecovered_WhatHasNoRowIsSentOnce_UnderItsOwnMessageId()
    {
        var prefix = "dead-" + Guid.NewGuid().ToString("N")[..8] + "-";
        await using var host = NotificationsHost.Create(Fixture.Database, null, SmallSlices);
        var page = await host.CreatePageClientAsync();
        var now = DateTimeOffset.UtcNow;
        var eventId = Guid.CreateVersion7();
        // A sender died with this slice: its lease ran out; it stored the first outcome only.
        var (subscribers, payload, deliveries, slice) = NewSlice(
            page.PageId,
            3,
            "delivery:dead:1",
            now.AddMinutes(-1),
            eventId,
            i => Sink.Url(prefix + i)
        );
        deliveries[0].Succeed(200, now);
        await host.WithDbAsync(db =>
        {
            db.AddRange(subscribers);
            db.Add(payload);
            db.Add(deliveries[0]);
            db.Add(slice);
            return db.SaveChangesAsync();
        });

        var recorded = await Eventually.WaitAsync(
            () => DeliveriesAsync(host, page.PageId),
            ds => ds.Count == 3 && ds.All(d => d.State == DeliveryState.Succeeded),
            "the two unsent deliveries stored and sent",
            seconds: 60
        );
        await Task.Delay(1000, Ct);
        Assert.Empty(Sink.On(prefix + 0));
        for (var i = 1; i < 3; i++)
        {
            var received = Assert.Single(Sink.On(prefix + i));
            Assert.Equal(deliveries[i].MessageId, received.Id);
            var row = Assert.Single(recorded, d => d.Id == deliveries[i].Id);
            Assert.Equal(deliveries[i].MessageId, row.MessageId);
            Assert.Equal(eventId, row.SourceEventId);
            Assert.Equal(1, row.Attempts);
        }

        Assert.Equal(0, await SlicesAsync(host, page.PageId));
    }

    [Fact]
    public async Task SenderStoppedMidSlice_ReleasesIt_AndTheNextInstanceSendsOnlyWhatWasInFlight()
    {
        var prefix = "stopped-" + Guid.NewGuid().ToString("N")[..8] + "-";
        // Every tenth receiver hangs on its first call, until the instance stops.
        for (var i = 0; i < Subscribers; i += 10)
        {
            Sink.Delay(prefix + i, call => call == 1 ? TimeSpan.FromMinutes(5) : TimeSpan.Zero);
        }

        var settings = new Dictionary<string, string>(SmallSlices)
        {
            ["Notifications:Webhooks:AttemptTimeout"] = "00:05:00",
        };
        PageClient page;
        await using (var stopping = NotificationsHost.Create(Fixture.Database, null, settings))
        {
            page = await stopping.CreatePageClientAsync();
            await AddSubscribersAsync(stopping, page.PageId, prefix);
            await page.Http.CreateIncidentAsync(title: "Stopped mid-slice");

            await Eventually.WaitAsync(
                () => Mine(prefix),
                r => r.Count >= Subscribers,
                "every receiver called once",
                seconds: 90
            );
            await Eventually.WaitAsync(
                () => DeliveriesAsync(stopping, page.PageId),
                ds => ds.Count(d => d.State == DeliveryState.Succeeded) >= Subscribers * 9 / 10,
                "the receivers that answer recorded",
                seconds: 60
            );
            // The three slices wait for their hanging sends: none is complete.
            Assert.Equal(3, await SlicesAsync(stopping, page.PageId));
        }

        var afterStop = await Fixture.Database.WithDbAsync(db =>
            db.Set<HandedOverSlice>()
                .AsNoTracking()
                .Where(s => s.PageId == page.PageId)
                .ToListAsync()
        );
        Assert.Equal(3, afterStop.Count);
        Assert.All(afterStop, s => Assert.Null(s.LockedUntil));
        Assert.Equal(
            Subscribers * 9 / 10,
            (await Fixture.Database.WithDbAsync(db => DeliveriesOfAsync(db, page.PageId))).Count
        );

        await using var next = NotificationsHost.Create(Fixture.Database, null, settings);
        _ = next.App.Services;
        var recorded = await Eventually.WaitAsync(
            () => DeliveriesAsync(next, page.PageId),
            ds => ds.Count == Subscribers && ds.All(d => d.State == DeliveryState.Succeeded),
            "every delivery recorded as succeeded",
            seconds: 90
        );
        await Task.Delay(1000, Ct);
        var received = Mine(prefix);
        for (var i = 0; i < Subscribers; i++)
        {
            var calls = received.Where(r => r.Path == "/" + prefix + i).ToList();
            // In flight at the stop: sent again, as the same message; the rest never again.
            Assert.Equal(i % 10 == 0 ? 2 : 1, calls.Count);
            Assert.Single(calls.Select(c => c.Id).Distinct());
        }

        Assert.All(recorded, d => Assert.Equal(1, d.Attempts));
        Assert.Equal(0, await SlicesAsync(next, page.PageId));
    }

    [Fact]
    public async Task OutcomesSavedAfterTheSliceWasTakenOver_LeaveTheNewHoldersRows()
    {
        await using var host = NotificationsHost.Create(Fixture.Database, null, NoWorkers);
        var page = await host.CreatePageClientAsync();
        var now = DateTimeOffset.UtcNow;
        var (subscribers, payload, deliveries, slice) = NewSlice(
            page.PageId,
            2,
            "delivery:mine:1",
            now.AddMinutes(1)
        );
        // Another sender took the slice over and stored its deliveries as pending.
        slice.LockedBy = "delivery:other:1";
        var recovered = slice.Unsent();
        await host.WithDbAsync(db =>
        {
            db.AddRange(subscribers);
            db.Add(payload);
            db.Add(slice);
            db.AddRange(recovered);
            return db.SaveChangesAsync();
        });

        deliveries.ForEach(d => d.Succeed(200, now));
        await SaveOutcomesAsync(host, deliveries, slice.Id, "delivery:mine:1");

        var stored = await host.WithDbAsync(db => DeliveriesOfAsync(db, page.PageId));
        Assert.Equal(2, stored.Count);
        Assert.All(stored, d => Assert.Equal(DeliveryState.Pending, d.State));
        Assert.Equal(1, await SlicesAsync(host, page.PageId));
        // Not left for another test's sender to claim (their receivers do not exist).
        await host.WithDbAsync(db =>
            db.Set<Delivery>().Where(d => d.PageId == page.PageId).ExecuteDeleteAsync(Ct)
        );
        await host.WithDbAsync(db =>
            db.Set<HandedOverSlice>().Where(s => s.PageId == page.PageId).ExecuteDeleteAsync(Ct)
        );
    }

    [Fact]
    public async Task OutcomeOfASubscriberDeletedDuringItsSend_IsNotStored()
    {
        await using var host = NotificationsHost.Create(Fixture.Database, null, NoWorkers);
        var page = await host.CreatePageClientAsync();
        var now = DateTimeOffset.UtcNow;
        var (subscribers, payload, deliveries, slice) = NewSlice(
            page.PageId,
            2,
            "delivery:mine:2",
            now.AddMinutes(1)
        );
        await host.WithDbAsync(db =>
        {
            // The second subscriber was deleted while its delivery was being sent.
            db.Add(subscribers[0]);
            db.Add(payload);
            db.Add(slice);
            return db.SaveChangesAsync();
        });

        deliveries.ForEach(d => d.Succeed(200, now));
        await SaveOutcomesAsync(host, deliveries, slice.Id, "delivery:mine:2");

        var stored = Assert.Single(
            await host.WithDbAsync(db => DeliveriesOfAsync(db, page.PageId))
        );
        Assert.Equal(subscribers[0].Id, stored.SubscriberId);
        Assert.Equal(DeliveryState.Succeeded, stored.State);
        // The slice's last outcomes: its row goes with them.
        Assert.Equal(0, await SlicesAsync(host, page.PageId));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>New deliveries of one event to new webhook subscribers, and the row of their slice, leased until <paramref name="leaseUntil"/>.</summary>
    private static (
        List<Subscriber> Subscribers,
        DeliveryPayload Payload,
        List<Delivery> Deliveries,
        HandedOverSlice Slice
    ) NewSlice(
        Guid pageId,
        int count,
        string token,
        DateTimeOffset leaseUntil,
        Guid? eventId = null,
        Func<int, string>? url = null
    )
    {
        var now = DateTimeOffset.UtcNow;
        var source = eventId ?? Guid.CreateVersion7();
        var subscribers = WebhookSubscribers.Create(pageId, count, now, url);
        var payload = DeliveryPayload.Create("""{"type":"incident.created"}""", now);
        var deliveries = subscribers
            .Select(s =>
            {
                var d = Delivery.Create(
                    pageId,
                    s.Id,
                    NotificationEventTypes.IncidentCreated,
                    payload,
                    now
                );
                d.FannedOutFrom(source);
                return d;
            })
            .ToList();
        return (
            subscribers,
            payload,
            deliveries,
            HandedOverSlice.Of(deliveries, token, leaseUntil)
        );
    }

    /// <summary>What the sender's saver does with the outcomes of a whole slice leased with <paramref name="token"/>.</summary>
    private static async Task SaveOutcomesAsync(
        NotificationsHost host,
        List<Delivery> deliveries,
        Guid sliceId,
        string token
    ) =>
        await host.WithDbAsync(async db =>
        {
            await HandedOverSlices.SaveAsync(
                db,
                deliveries,
                [new SliceInFlight(sliceId, token, deliveries.Count)],
                Ct
            );
            return 0;
        });

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

    private static Task<List<Delivery>> DeliveriesAsync(NotificationsHost host, Guid pageId) =>
        host.WithDbAsync(db => DeliveriesOfAsync(db, pageId));

    private static Task<List<Delivery>> DeliveriesOfAsync(IncidentsDbContext db, Guid pageId) =>
        db.Set<Delivery>().AsNoTracking().Where(d => d.PageId == pageId).ToListAsync();

    private static Task<int> SlicesAsync(NotificationsHost host, Guid pageId) =>
        host.WithDbAsync(db => db.Set<HandedOverSlice>().CountAsync(s => s.PageId == pageId));

    private List<ReceivedWebhook> Mine(string prefix) =>
        Sink
            .Received.Where(r => r.Path.StartsWith("/" + prefix, StringComparison.Ordinal))
            .ToList();
}

public sealed class SqliteHandedOverSliceTests(SqliteInstancesFixture fixture)
    : HandedOverSliceTests<SqliteApiFactory>(fixture),
        IClassFixture<SqliteInstancesFixture>;

public sealed class PostgreSqlHandedOverSliceTests(PostgreSqlInstancesFixture fixture)
    : HandedOverSliceTests<PostgreSqlApiFactory>(fixture),
        IClassFixture<PostgreSqlInstancesFixture>;
