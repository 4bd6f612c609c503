using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Infrastructure.Notifications;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// Many subscribers share one host (hooks.slack.com, a customer's gateway): one failing receiver
/// must not delay the others, and our own protection (the circuit breaker) must never use up a
/// subscriber's attempts. One real loopback receiver serves every subscriber here.
/// </summary>
public abstract class ReceiverIsolationTests<TDatabase>
    where TDatabase : IncidentsApiFactory, new()
{
    protected ReceiverIsolationTests(InstancesFixture<TDatabase> fixture)
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
    public async Task OneHost_TwoFailingSubscribers_HealthyOnesGetTheEventFirstTime_FailingOnesRetryOnSchedule()
    {
        await using var host = NotificationsHost.Create(
            Fixture.Database,
            null,
            new Dictionary<string, string>
            {
                // The production schedule: first retry after 5 s (±20 %).
                ["Notifications:RetrySchedule"] = new NotificationOptions().RetrySchedule,
                // A breaker this sensitive, keyed by host, is opened by the failing receivers
                // below (2 of 7 calls, then 3 of 8) and would hold every other subscriber's
                // retry for 30 s; keyed by subscriber it never sees 5 calls from one of them.
                ["Notifications:Webhooks:CircuitMinimumThroughput"] = "5",
                ["Notifications:Webhooks:CircuitFailureRatio"] = "0.25",
                ["Notifications:Webhooks:CircuitBreakDuration"] = "00:00:30",
            }
        );
        var page = await host.CreatePageClientAsync();
        var run = Guid.NewGuid().ToString("N")[..8];
        string P(string name) => $"{name}-{run}";
        Sink.Respond(P("all"), (call, _) => (call == 1 ? 500 : 200, null));
        Sink.Respond(P("busy"), (call, _) => (call == 1 ? 503 : 200, null));
        Sink.RetryAfter(P("busy"), 8);
        Sink.Respond(P("redirect"), (_, _) => (302, Sink.Url(P("elsewhere"))));
        Sink.Respond(P("gone"), (_, _) => (410, null));
        var healthy = new[] { P("healthy-1"), P("healthy-2"), P("healthy-3") };
        var subscribers = new Dictionary<string, Guid>();
        foreach (var path in healthy.Concat([P("all"), P("busy"), P("redirect"), P("gone")]))
        {
            subscribers[path] = await page.Http.CreateWebhookSubscriberAsync(
                Sink.Url(path),
                "incident.created"
            );
        }

        await page.Http.CreateIncidentAsync();

        await Eventually.WaitAsync(
            () =>
                healthy.All(p => Sink.On(p).Count == 1)
                && Sink.On(P("all")).Count >= 2
                && Sink.On(P("busy")).Count >= 2
                && Sink.On(P("redirect")).Count >= 2
                && Sink.On(P("gone")).Count >= 1,
            done => done,
            "every healthy receiver once, and the first retry of each failing one",
            seconds: 45
        );

        foreach (var path in healthy)
        {
            var delivery = await SingleDeliveryAsync(page.Http, subscribers[path]);
            Assert.Equal("Succeeded", delivery.GetProperty("State").GetString());
            Assert.Equal(1, delivery.GetProperty("Attempts").GetInt32());
            Assert.Equal(0, delivery.GetProperty("Deferrals").GetInt32());
        }

        // 500 → retried on the schedule (first retry within 30 s), then accepted.
        var all = Sink.On(P("all"));
        Assert.InRange(all[1].At - all[0].At, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));
        Assert.Equal(all[0].Id, all[1].Id);
        // 503 + Retry-After: 8 → not earlier than asked, still within 30 s.
        var busy = Sink.On(P("busy"));
        Assert.InRange(busy[1].At - busy[0].At, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(30));
        // 302 → a failure, retried, never followed.
        var redirect = Sink.On(P("redirect"));
        Assert.InRange(
            redirect[1].At - redirect[0].At,
            TimeSpan.FromSeconds(3),
            TimeSpan.FromSeconds(30)
        );
        Assert.Empty(Sink.On(P("elsewhere")));
        foreach (var path in new[] { P("all"), P("busy") })
        {
            var delivery = await Eventually.WaitAsync(
                () => SingleDeliveryAsync(page.Http, subscribers[path]),
                d => d.GetProperty("State").GetString() == "Succeeded",
                $"{path} to succeed on its retry"
            );
            Assert.Equal(2, delivery.GetProperty("Attempts").GetInt32());
            Assert.Equal(0, delivery.GetProperty("Deferrals").GetInt32());
        }

        // 410 → the subscriber is disabled after one call.
        var gone = await page.Http.GetEnvelopeAsync(
            $"/api/admin/Subscriber/{subscribers[P("gone")]}"
        );
        Assert.False(gone.Result.GetProperty("IsActive").GetBoolean(), gone.Raw);
        Assert.Single(Sink.On(P("gone")));
    }

    [Fact]
    public async Task ProtectionOpens_OnATimingOutReceiver_RefusedDeliveriesAreDeferred_AndKeepTheirAttempts()
    {
        await using var host = NotificationsHost.Create(
            Fixture.Database,
            null,
            new Dictionary<string, string>
            {
                ["Notifications:Webhooks:AttemptTimeout"] = "00:00:01",
                ["Notifications:Webhooks:CircuitMinimumThroughput"] = "2",
                ["Notifications:Webhooks:CircuitFailureRatio"] = "0.5",
                ["Notifications:Webhooks:CircuitSamplingDuration"] = "00:00:30",
                ["Notifications:Webhooks:CircuitBreakDuration"] = "00:00:04",
                ["Notifications:RetrySchedule"] = "00:00:01,00:00:01,00:00:01",
                // One at a time, so attempts after the second time-out meet an open circuit.
                ["Notifications:Workers:Concurrency"] = "1",
                ["Notifications:Workers:SlowSendAfter"] = "00:00:05",
            }
        );
        var page = await host.CreatePageClientAsync();
        var slow = "slow-" + Guid.NewGuid().ToString("N");
        var fine = "fine-" + Guid.NewGuid().ToString("N");
        // The first two calls hang past the attempt timeout; the receiver then recovers.
        Sink.Delay(slow, call => call <= 2 ? TimeSpan.FromSeconds(3) : TimeSpan.Zero);
        var slowSubscriber = await page.Http.CreateWebhookSubscriberAsync(
            Sink.Url(slow),
            "incident.created"
        );
        var fineSubscriber = await page.Http.CreateWebhookSubscriberAsync(
            Sink.Url(fine),
            "incident.created"
        );

        const int events = 5;
        for (var i = 0; i < events; i++)
        {
            await page.Http.CreateIncidentAsync(title: $"Incident {i}");
        }

        // While the circuit is open the log shows the refused deliveries as deferred, no attempt used.
        var deferred = await Eventually.WaitAsync(
            () => DeliveriesAsync(page.Http, slowSubscriber),
            ds => ds.Any(d => d.GetProperty("State").GetString() == "Deferred"),
            "a deferred delivery"
        );
        var held = deferred.First(d => d.GetProperty("State").GetString() == "Deferred");
        Assert.Contains(
            "Circuit open",
            held.GetProperty("DeferredReason").GetString(),
            StringComparison.Ordinal
        );
        Assert.True(held.GetProperty("Deferrals").GetInt32() >= 1);

        var final = await Eventually.WaitAsync(
            () => DeliveriesAsync(page.Http, slowSubscriber),
            ds =>
                ds.Count == events
                && ds.All(d => d.GetProperty("State").GetString() == "Succeeded"),
            "every delivery to the recovered receiver to succeed",
            seconds: 45
        );
        // Every attempt counted is a call the receiver saw: deferrals used none of them.
        Assert.Equal(Sink.On(slow).Count, final.Sum(d => d.GetProperty("Attempts").GetInt32()));
        Assert.Equal(events + 2, Sink.On(slow).Count);
        Assert.Equal(2, final.Count(d => d.GetProperty("Attempts").GetInt32() == 2));
        Assert.True(
            final.Count(d => d.GetProperty("Deferrals").GetInt32() > 0) >= events - 2,
            string.Join(", ", final.Select(d => d.GetProperty("Deferrals").GetInt32()))
        );
        Assert.All(
            final,
            d => Assert.Equal(JsonValueKind.Null, d.GetProperty("DeferredReason").ValueKind)
        );

        var fineDeliveries = await Eventually.WaitAsync(
            () => DeliveriesAsync(page.Http, fineSubscriber),
            ds =>
                ds.Count == events
                && ds.All(d => d.GetProperty("State").GetString() == "Succeeded"),
            "the healthy subscriber's deliveries"
        );
        Assert.All(fineDeliveries, d => Assert.Equal(1, d.GetProperty("Attempts").GetInt32()));
        Assert.All(fineDeliveries, d => Assert.Equal(0, d.GetProperty("Deferrals").GetInt32()));
    }

    [Fact]
    public async Task HangingReceivers_DoNotHoldBackHealthyOnes_EvenWhenTheyOutnumberTheWorkers()
    {
        await using var host = NotificationsHost.Create(
            Fixture.Database,
            null,
            new Dictionary<string, string>
            {
                ["Notifications:Webhooks:AttemptTimeout"] = "00:00:20",
                // Fewer workers than hanging receivers: if a hanging send held its worker until
                // the attempt timeout, the healthy deliveries would wait 20-40 s.
                ["Notifications:Workers:Concurrency"] = "2",
            }
        );
        var page = await host.CreatePageClientAsync();
        var run = Guid.NewGuid().ToString("N")[..8];
        var hanging = Enumerable.Range(1, 4).Select(i => $"hanging-{i}-{run}").ToList();
        var healthy = Enumerable.Range(1, 3).Select(i => $"healthy-{i}-{run}").ToList();
        foreach (var path in hanging)
        {
            Sink.Delay(path, _ => TimeSpan.FromSeconds(60));
            await page.Http.CreateWebhookSubscriberAsync(Sink.Url(path), "incident.created");
        }

        foreach (var path in healthy)
        {
            await page.Http.CreateWebhookSubscriberAsync(Sink.Url(path), "incident.updated");
        }

        // The hanging receivers' deliveries are claimed first; the healthy ones come after.
        var incident = await page.Http.CreateIncidentAsync();
        await Eventually.WaitAsync(
            () => hanging.Count(p => Sink.On(p).Count > 0),
            n => n >= 2,
            "the first hanging receivers to be called"
        );
        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new { IncidentId = incident, Description = "Root cause found." }
        );
        Assert.True(updated.Success, updated.Raw);

        await Eventually.WaitAsync(
            () => healthy.All(p => Sink.On(p).Count == 1),
            done => done,
            "every healthy receiver"
        );
        var firstHanging = hanging.SelectMany(Sink.On).Min(r => r.At);
        // Before any hanging attempt could even have timed out (20 s): nobody waited for them.
        Assert.All(healthy, p => Assert.True(Sink.On(p)[0].At < firstHanging.AddSeconds(15), p));
    }

    private static async Task<List<JsonElement>> DeliveriesAsync(
        HttpClient http,
        Guid subscriber
    ) =>
        (await http.GetEnvelopeAsync($"/api/admin/Subscriber/{subscriber}/Deliveries"))
            .Result.GetProperty("Items")
            .EnumerateArray()
            .ToList();

    private static async Task<JsonElement> SingleDeliveryAsync(HttpClient http, Guid subscriber) =>
        Assert.Single(await DeliveriesAsync(http, subscriber));
}

public sealed class SqliteReceiverIsolationTests(SqliteInstancesFixture fixture)
    : ReceiverIsolationTests<SqliteApiFactory>(fixture),
        IClassFixture<SqliteInstancesFixture>;

public sealed class PostgreSqlReceiverIsolationTests(PostgreSqlInstancesFixture fixture)
    : ReceiverIsolationTests<PostgreSqlApiFactory>(fixture),
        IClassFixture<PostgreSqlInstancesFixture>;
