using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Incidents;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// What the outbox promises: a committed change is delivered even if no worker ran at commit time
/// (or a worker died holding it), a rolled-back change never is, and several instances on one
/// database deliver each notification exactly once.
/// </summary>
public abstract class DeliveryGuaranteeTests<TDatabase>
    where TDatabase : IncidentsApiFactory, new()
{
    private static readonly Dictionary<string, string> WorkersOff = new()
    {
        ["Notifications:Workers:Enabled"] = "false",
    };

    protected DeliveryGuaranteeTests(InstancesFixture<TDatabase> fixture)
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
    public async Task Change_CommittedWhileNoWorkerRuns_IsDeliveredOnceWorkersStart()
    {
        var path = "restart-" + Guid.NewGuid().ToString("N");
        PageClient page;
        await using (var stopped = NotificationsHost.Create(Fixture.Database, null, WorkersOff))
        {
            page = await stopped.CreatePageClientAsync();
            await page.Http.CreateWebhookSubscriberAsync(Sink.Url(path), "incident.created");
            await page.Http.CreateIncidentAsync(title: "While stopped");
            await page.Http.CreateIncidentAsync(title: "Claimed by a dead worker");
            await Task.Delay(500, TestContext.Current.CancellationToken);
            Assert.Empty(Sink.On(path));

            // The second event was claimed by a worker that died: its lease ran out a second ago.
            var pending = await stopped.WithDbAsync(db =>
                db.OutboxMessages.CountAsync(m => m.PageId == page.PageId && m.ProcessedAt == null)
            );
            Assert.Equal(2, pending);
            await stopped.WithDbAsync(db =>
                db.OutboxMessages.Where(m =>
                        m.PageId == page.PageId && m.Payload.Contains("dead worker")
                    )
                    .ExecuteUpdateAsync(s =>
                        s.SetProperty(m => m.LockedBy, "outbox:dead-host:1:deadbeef:0")
                            .SetProperty(m => m.LockedUntil, DateTimeOffset.UtcNow.AddSeconds(-1))
                    )
            );
        }

        await using var running = NotificationsHost.Create(Fixture.Database, null);
        _ = running.App.Services; // starts the host and its workers

        var received = await Eventually.WaitAsync(
            () => Sink.On(path),
            r => r.Count >= 2,
            "both webhooks after the restart"
        );
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        received = Sink.On(path);
        Assert.Equal(2, received.Count);
        Assert.Equal(
            ["Claimed by a dead worker", "While stopped"],
            received
                .Select(r =>
                    r.Json.GetProperty("data")
                        .GetProperty("incident")
                        .GetProperty("title")
                        .GetString()
                )
                .Order()
        );
    }

    [Fact]
    public async Task Change_RolledBack_SendsNothing()
    {
        var path = "rollback-" + Guid.NewGuid().ToString("N");
        await using var host = NotificationsHost.Create(Fixture.Database, null);
        var page = await host.CreatePageClientAsync();
        await page.Http.CreateWebhookSubscriberAsync(Sink.Url(path), "incident.created");

        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
            // The provider's retrying strategy requires explicit transactions to run inside it.
            await db
                .Database.CreateExecutionStrategy()
                .ExecuteAsync(async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(
                        TestContext.Current.CancellationToken
                    );
                    db.Incidents.Add(
                        Incident.Open(
                            page.PageId,
                            "Rolled back",
                            "Never happened.",
                            IncidentStatus.Investigating,
                            IncidentImpact.MajorOutage,
                            [],
                            true,
                            DateTimeOffset.UtcNow
                        )
                    );
                    await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                    Assert.Equal(
                        1,
                        await db.OutboxMessages.CountAsync(
                            m => m.PageId == page.PageId,
                            TestContext.Current.CancellationToken
                        )
                    );
                    await transaction.RollbackAsync(TestContext.Current.CancellationToken);
                });
        }

        await page.Http.CreateIncidentAsync(title: "Committed");

        await Eventually.WaitAsync(
            () => Sink.On(path),
            r => r.Count >= 1,
            "the committed incident's webhook"
        );
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        var received = Assert.Single(Sink.On(path));
        Assert.Equal(
            "Committed",
            received
                .Json.GetProperty("data")
                .GetProperty("incident")
                .GetProperty("title")
                .GetString()
        );
    }

    /// <summary>
    /// Nothing deletes a payload and PayloadId has no foreign key (ADR 0171); should one be
    /// missing all the same, its delivery fails alone — the others of the same claim are sent.
    /// </summary>
    [Fact]
    public async Task Delivery_WhosePayloadIsMissing_FailsAlone_TheRestOfItsClaimIsSent()
    {
        var path = "payload-" + Guid.NewGuid().ToString("N") + "-";
        await using var host = NotificationsHost.Create(Fixture.Database, null);
        var page = await host.CreatePageClientAsync();
        var (sent, orphan) = await host.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var first = Subscriber.CreateWebhook(
                page.PageId,
                new Uri(Sink.Url(path + "a")),
                null,
                null,
                now
            );
            var second = Subscriber.CreateWebhook(
                page.PageId,
                new Uri(Sink.Url(path + "b")),
                null,
                null,
                now
            );
            var stored = DeliveryPayload.Create("{\"stored\":true}", now);
            var neverStored = DeliveryPayload.Create("{\"stored\":false}", now);
            var sent = Delivery.Create(
                page.PageId,
                first.Id,
                NotificationEventTypes.IncidentCreated,
                stored,
                now
            );
            var orphan = Delivery.Create(
                page.PageId,
                second.Id,
                NotificationEventTypes.IncidentCreated,
                neverStored,
                now
            );
            db.AddRange(first, second, stored);
            // EF Core's own insert: the delivery rows only (Content is not mapped).
            db.AddRange(sent, orphan);
            await db.SaveChangesAsync();
            return (sent.Id, orphan.Id);
        });

        var outcomes = await Eventually.WaitAsync(
            () =>
                host.WithDbAsync(db =>
                    db.Set<Delivery>()
                        .AsNoTracking()
                        .Where(d => d.Id == sent || d.Id == orphan)
                        .ToDictionaryAsync(d => d.Id)
                ),
            ds => ds.Values.All(d => d.State != DeliveryState.Pending),
            "both deliveries finished"
        );

        Assert.Equal(DeliveryState.Succeeded, outcomes[sent].State);
        Assert.Equal(DeliveryState.Failed, outcomes[orphan].State);
        Assert.Equal("Its payload is missing; not sent.", outcomes[orphan].LastError);
        Assert.Single(Sink.On(path + "a"));
        Assert.Empty(Sink.On(path + "b"));
    }

    /// <summary>
    /// A large fan-out commits its deliveries in slices of 500 (issue 16, ADR 0104). The process
    /// failing in the second slice's transaction (once) must leave nothing of that slice behind
    /// — its deliveries roll back with the cursor move — and the retry must create and send
    /// exactly one per subscriber.
    /// </summary>
    [Fact]
    public async Task FanOut_FailingInTheSecondSlice_LeavesNothingOfIt_AndTheRetrySendsEachExactlyOnce()
    {
        var fault = new FanOutSliceFault(fromSlice: 2, once: true);
        await using var host = new NotificationsHost(
            NotificationsHost
                .Create(Fixture.Database, null)
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
        var page = await host.CreatePageClientAsync();
        var prefix = "bulk-" + Guid.NewGuid().ToString("N")[..8] + "-";
        const int subscribers = 600;
        await host.WithDbAsync(async db =>
        {
            for (var i = 0; i < subscribers; i++)
            {
                db.Add(
                    Incidents.Domain.Subscribers.Subscriber.CreateWebhook(
                        page.PageId,
                        new Uri(Sink.Url(prefix + i)),
                        null,
                        null,
                        DateTimeOffset.UtcNow
                    )
                );
            }

            return await db.SaveChangesAsync();
        });

        await page.Http.CreateIncidentAsync(title: "Fanned out in two slices");

        IReadOnlyList<ReceivedWebhook> Mine() =>
            Sink
                .Received.Where(r => r.Path.StartsWith("/" + prefix, StringComparison.Ordinal))
                .ToList();
        await Eventually.WaitAsync(
            Mine,
            r => r.Count >= subscribers,
            $"{subscribers} webhooks",
            seconds: 60
        );
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Equal(1, fault.Failures);
        var received = Mine();
        Assert.Equal(subscribers, received.Count);
        Assert.Equal(subscribers, received.Select(r => r.Path).Distinct().Count());
        var stored = await host.WithDbAsync(db =>
            db.Set<Incidents.Domain.Subscribers.Delivery>().CountAsync(d => d.PageId == page.PageId)
        );
        Assert.Equal(subscribers, stored);
    }

    [Fact]
    public async Task TwoInstances_OnOneDatabase_DeliverEachNotificationExactlyOnce()
    {
        var smallBatches = new Dictionary<string, string>
        {
            ["Notifications:Workers:BatchSize"] = "3",
            ["Notifications:Workers:Concurrency"] = "4",
        };
        await using var first = NotificationsHost.Create(Fixture.Database, null, smallBatches);
        await using var second = NotificationsHost.Create(Fixture.Database, null, smallBatches);
        var page = await first.CreatePageClientAsync();
        var other = second.App.CreateClient();
        other.DefaultRequestHeaders.Add("X-API-KEY", page.Key);
        var prefix = "twice-" + Guid.NewGuid().ToString("N")[..8] + "-";
        const int subscribers = 5;
        const int incidents = 12;
        for (var s = 0; s < subscribers; s++)
        {
            await page.Http.CreateWebhookSubscriberAsync(Sink.Url(prefix + s), "incident.created");
        }

        for (var i = 0; i < incidents; i++)
        {
            await (i % 2 == 0 ? page.Http : other).CreateIncidentAsync(title: $"Incident {i}");
        }

        const int expected = subscribers * incidents;
        IReadOnlyList<ReceivedWebhook> Mine() =>
            Sink
                .Received.Where(r => r.Path.StartsWith("/" + prefix, StringComparison.Ordinal))
                .ToList();
        await Eventually.WaitAsync(
            Mine,
            r => r.Count >= expected,
            $"{expected} webhooks",
            seconds: 60
        );
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        var received = Mine();
        Assert.Equal(expected, received.Count);
        Assert.Equal(expected, received.Select(r => r.Id).Distinct().Count());
        var attempts = await first.WithDbAsync(db =>
            db.Set<Incidents.Domain.Subscribers.Delivery>()
                .Where(d => d.PageId == page.PageId)
                .Select(d => d.Attempts)
                .ToListAsync()
        );
        Assert.Equal(expected, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(1, a));
    }
}

public sealed class SqliteDeliveryGuaranteeTests(SqliteInstancesFixture fixture)
    : DeliveryGuaranteeTests<SqliteApiFactory>(fixture),
        IClassFixture<SqliteInstancesFixture>;

public sealed class PostgreSqlDeliveryGuaranteeTests(PostgreSqlInstancesFixture fixture)
    : DeliveryGuaranteeTests<PostgreSqlApiFactory>(fixture),
        IClassFixture<PostgreSqlInstancesFixture>;
