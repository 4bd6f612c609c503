using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// Deliveries have no foreign key to their subscriber (ADR 0172): a trigger on Subscribers deletes
/// a subscriber's deliveries with it, whichever way it is deleted, and a delivery stored for a
/// subscriber deleted meanwhile is dropped when claimed, never sent.
/// </summary>
public abstract class SubscriberDeletionTests<TDatabase>
    where TDatabase : IncidentsApiFactory, new()
{
    private static readonly Dictionary<string, string> WorkersOff = new()
    {
        ["Notifications:Workers:Enabled"] = "false",
    };

    protected SubscriberDeletionTests(InstancesFixture<TDatabase> fixture)
    {
        Fixture = fixture;
        if (fixture.Database.SkipReason is not null)
        {
            Assert.Skip(fixture.Database.SkipReason);
        }
    }

    protected InstancesFixture<TDatabase> Fixture { get; }

    [Fact]
    public async Task AdminDelete_DeletesTheSubscribersDeliveries_NotOthers()
    {
        await using var host = NotificationsHost.Create(Fixture.Database, null, WorkersOff);
        var page = await host.CreatePageClientAsync();
        var (deleted, kept) = await StoreTwoWithDeliveriesAsync(host, page.PageId);

        var response = await page.Http.DeleteEnvelopeAsync($"/api/admin/Subscriber/{deleted}");

        Assert.True(response.Success);
        Assert.Equal(0, await DeliveriesOfAsync(host, deleted));
        Assert.Equal(2, await DeliveriesOfAsync(host, kept));
    }

    [Fact]
    public async Task Unsubscribe_DeletesTheSubscribersDeliveries()
    {
        await using var host = NotificationsHost.Create(Fixture.Database, null, WorkersOff);
        var page = await host.CreatePageClientAsync();
        var (deleted, kept) = await StoreTwoWithDeliveriesAsync(host, page.PageId);
        var token = await host.WithDbAsync(db =>
            db.Set<Subscriber>().Where(s => s.Id == deleted).Select(s => s.Token).SingleAsync()
        );

        using var response = await host
            .App.CreateClient()
            .PostAsync(
                $"/api/public/{page.Slug}/unsubscribe?token={Uri.EscapeDataString(token)}",
                new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]),
                TestContext.Current.CancellationToken
            );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await DeliveriesOfAsync(host, deleted));
        Assert.Equal(2, await DeliveriesOfAsync(host, kept));
    }

    [Fact]
    public async Task SetBasedDelete_DeletesTheSubscribersDeliveries()
    {
        // The way finished followers are removed (one DELETE for many), and any delete by hand.
        await using var host = NotificationsHost.Create(Fixture.Database, null, WorkersOff);
        var page = await host.CreatePageClientAsync();
        var (first, second) = await StoreTwoWithDeliveriesAsync(host, page.PageId);

        var removed = await host.WithDbAsync(db =>
            db.Set<Subscriber>().Where(s => s.PageId == page.PageId).ExecuteDeleteAsync()
        );

        Assert.Equal(2, removed);
        Assert.Equal(0, await DeliveriesOfAsync(host, first));
        Assert.Equal(0, await DeliveriesOfAsync(host, second));
    }

    [Fact]
    public async Task Delivery_WhoseSubscriberIsGone_IsDroppedWhenClaimed_TheRestOfItsClaimIsSent()
    {
        // What a fan-out that read a subscriber just before it was deleted leaves behind.
        var path = "gone-" + Guid.NewGuid().ToString("N");
        await using var host = NotificationsHost.Create(Fixture.Database, null);
        var page = await host.CreatePageClientAsync();
        var (sent, orphan) = await host.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var subscriber = Subscriber.CreateWebhook(
                page.PageId,
                new Uri(Fixture.Sink.Url(path)),
                null,
                null,
                now
            );
            var payload = DeliveryPayload.Create("{\"gone\":false}", now);
            var sent = Delivery.Create(
                page.PageId,
                subscriber.Id,
                NotificationEventTypes.IncidentCreated,
                payload,
                now
            );
            var orphan = Delivery.Create(
                page.PageId,
                Guid.CreateVersion7(now),
                NotificationEventTypes.IncidentCreated,
                payload,
                now
            );
            db.AddRange(subscriber, payload, sent, orphan);
            await db.SaveChangesAsync();
            return (sent.Id, orphan.Id);
        });

        var left = await Eventually.WaitAsync(
            () =>
                host.WithDbAsync(db =>
                    db.Set<Delivery>()
                        .AsNoTracking()
                        .Where(d => d.Id == sent || d.Id == orphan)
                        .ToListAsync()
                ),
            ds => ds.Count == 1 && ds[0].State == DeliveryState.Succeeded,
            "the orphan dropped, the other sent"
        );

        Assert.Equal(sent, left[0].Id);
        Assert.Single(Fixture.Sink.On(path));
    }

    /// <summary>Two webhook subscribers with two deliveries each (two notifications).</summary>
    private static Task<(Guid First, Guid Second)> StoreTwoWithDeliveriesAsync(
        NotificationsHost host,
        Guid pageId
    ) =>
        host.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var first = Subscriber.CreateWebhook(
                pageId,
                new Uri("https://hooks.example.com/first"),
                null,
                null,
                now
            );
            var second = Subscriber.CreateWebhook(
                pageId,
                new Uri("https://hooks.example.com/second"),
                null,
                null,
                now
            );
            db.AddRange(first, second);
            foreach (var notification in new[] { "{\"n\":1}", "{\"n\":2}" })
            {
                var payload = DeliveryPayload.Create(notification, now);
                db.Add(payload);
                foreach (var subscriber in new[] { first, second })
                {
                    db.Add(
                        Delivery.Create(
                            pageId,
                            subscriber.Id,
                            NotificationEventTypes.IncidentCreated,
                            payload,
                            now
                        )
                    );
                }
            }

            await db.SaveChangesAsync();
            return (first.Id, second.Id);
        });

    private static Task<int> DeliveriesOfAsync(NotificationsHost host, Guid subscriberId) =>
        host.WithDbAsync(db => db.Set<Delivery>().CountAsync(d => d.SubscriberId == subscriberId));
}

public sealed class SqliteSubscriberDeletionTests(SqliteInstancesFixture fixture)
    : SubscriberDeletionTests<SqliteApiFactory>(fixture),
        IClassFixture<SqliteInstancesFixture>;

public sealed class PostgreSqlSubscriberDeletionTests(PostgreSqlInstancesFixture fixture)
    : SubscriberDeletionTests<PostgreSqlApiFactory>(fixture),
        IClassFixture<PostgreSqlInstancesFixture>;
