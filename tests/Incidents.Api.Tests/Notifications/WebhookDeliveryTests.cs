using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Common.Observability;
using Microsoft.Extensions.DependencyInjection;
using StandardWebhooks;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// Webhooks end to end over real loopback HTTP: admin API → outbox → dispatcher → deliveries →
/// a Kestrel sink. Run per database provider by the derived classes.
/// </summary>
public abstract class WebhookDeliveryTests<TDatabase>
    where TDatabase : IncidentsApiFactory, new()
{
    protected WebhookDeliveryTests(NotificationsFixture<TDatabase> fixture)
    {
        Fixture = fixture;
        if (fixture.SkipReason is not null)
        {
            Assert.Skip(fixture.SkipReason);
        }
    }

    protected NotificationsFixture<TDatabase> Fixture { get; }

    private WebhookSink Sink => Fixture.Sink;

    [Fact]
    public async Task IncidentLifecycle_WithWebhookSubscriber_DeliversEachEventOnceSignedWithPayload()
    {
        var page = await Fixture.Host.CreatePageClientAsync("Acme Status");
        var database = await page.Http.CreateComponentAsync("Database");
        var path = "lifecycle-" + Guid.NewGuid().ToString("N");
        var (subscriberId, secret) = await CreateWebhookAsync(page, Sink.Url(path));

        var incident = await page.Http.CreateIncidentAsync(components: database);
        var updated = await page.Http.PutJsonAsync(
            "/api/admin/Incident",
            new
            {
                IncidentId = incident,
                Description = "Root cause found.",
                Status = "Identified",
            }
        );
        Assert.True(updated.Success, updated.Raw);
        var resolved = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incident, Description = "All good again." }
        );
        Assert.True(resolved.Success, resolved.Raw);

        // created + updated + resolved, and the component's change on open and on resolve.
        var received = await Eventually.WaitAsync(
            () => Sink.On(path),
            r => r.Count >= 5,
            "five webhooks"
        );
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        received = Sink.On(path);
        Assert.Equal(5, received.Count);
        Assert.Equal(5, received.Select(r => r.Id).Distinct().Count());
        Assert.Equal(
            [
                "component.status_changed",
                "component.status_changed",
                "incident.created",
                "incident.resolved",
                "incident.updated",
            ],
            received.Select(r => r.Type).Order()
        );
        var verifier = new StandardWebhook(secret);
        foreach (var webhook in received)
        {
            verifier.Verify(webhook.Body, webhook.Headers);
            Assert.Matches(
                "^v1,[A-Za-z0-9+/=]{44}$",
                webhook.Headers["webhook-signature"].ToString()
            );
            // Set without HttpHeaders' validation (issue 16): still exactly these values.
            Assert.Equal("application/json; charset=utf-8", webhook.Headers.ContentType.ToString());
            Assert.Equal("Incidents-Webhooks/1.0", webhook.Headers.UserAgent.ToString());
        }

        var created = received.Single(r => r.Type == "incident.created").Json;
        Assert.True(created.TryGetProperty("timestamp", out _));
        var data = created.GetProperty("data");
        Assert.Equal(incident, data.GetProperty("incident").GetProperty("id").GetGuid());
        Assert.Equal(
            "Database Connectivity Issues",
            data.GetProperty("incident").GetProperty("title").GetString()
        );
        Assert.Equal(
            "Major Outage",
            data.GetProperty("incident").GetProperty("impact").GetString()
        );
        Assert.Equal("Investigating", data.GetProperty("update").GetProperty("status").GetString());
        Assert.Equal(
            "We are investigating reports of database timeouts.",
            data.GetProperty("update").GetProperty("description").GetString()
        );
        Assert.Equal("Database", data.GetProperty("components")[0].GetProperty("name").GetString());
        Assert.Equal("Acme Status", data.GetProperty("page").GetProperty("name").GetString());
        var update = received.Single(r => r.Type == "incident.updated").Json.GetProperty("data");
        Assert.Equal(
            "Root cause found.",
            update.GetProperty("update").GetProperty("description").GetString()
        );

        var log = await page.Http.GetEnvelopeAsync(
            $"/api/admin/Subscriber/{subscriberId}/Deliveries"
        );
        Assert.Equal(5, log.Result.GetProperty("TotalCount").GetInt32());
        Assert.All(
            log.Result.GetProperty("Items").EnumerateArray(),
            d =>
            {
                Assert.Equal("Succeeded", d.GetProperty("State").GetString());
                Assert.Equal(200, d.GetProperty("ResponseStatus").GetInt32());
            }
        );
    }

    [Fact]
    public async Task Delivery_WhenReceiverFailsTwiceThenAccepts_RetriesWithSameIdAndSucceeds()
    {
        var page = await Fixture.Host.CreatePageClientAsync();
        var path = "flaky-" + Guid.NewGuid().ToString("N");
        var (subscriberId, _) = await CreateWebhookAsync(
            page,
            Sink.Url(path, (call, _) => (call <= 2 ? 500 : 200, null)),
            events: ["incident.created"]
        );

        await page.Http.CreateIncidentAsync();

        var delivery = await WaitForDeliveryAsync(page, subscriberId, "Succeeded");
        Assert.Equal(3, delivery.GetProperty("Attempts").GetInt32());
        var calls = Sink.On(path);
        Assert.Equal(3, calls.Count);
        Assert.Single(calls.Select(c => c.Id).Distinct());
        Assert.Equal(delivery.GetProperty("MessageId").GetString(), calls[0].Id);
    }

    [Fact]
    public async Task Delivery_WhenReceiverAnswers429WithRetryAfter_WaitsAtLeastThatLong()
    {
        var page = await Fixture.Host.CreatePageClientAsync();
        var path = "busy-" + Guid.NewGuid().ToString("N");
        Sink.RetryAfter(path, 3);
        var (subscriberId, _) = await CreateWebhookAsync(
            page,
            Sink.Url(path, (call, _) => (call == 1 ? 429 : 200, null)),
            events: ["incident.created"]
        );

        await page.Http.CreateIncidentAsync();

        await WaitForDeliveryAsync(page, subscriberId, "Succeeded");
        var calls = Sink.On(path);
        Assert.Equal(2, calls.Count);
        // The test schedule retries after ~1 s; the receiver asked for 3 s.
        Assert.True(
            calls[1].At - calls[0].At >= TimeSpan.FromSeconds(2.9),
            $"Retried after {(calls[1].At - calls[0].At).TotalSeconds:F1} s"
        );
    }

    [Fact]
    public async Task Delivery_WhenReceiverAnswers410_DisablesSubscriber()
    {
        var page = await Fixture.Host.CreatePageClientAsync();
        var path = "gone-" + Guid.NewGuid().ToString("N");
        var (subscriberId, _) = await CreateWebhookAsync(
            page,
            Sink.Url(path, (_, _) => (410, null)),
            events: ["incident.created"]
        );

        await page.Http.CreateIncidentAsync();

        var delivery = await WaitForDeliveryAsync(page, subscriberId, "Failed");
        Assert.Equal(1, delivery.GetProperty("Attempts").GetInt32());
        Assert.Equal(410, delivery.GetProperty("ResponseStatus").GetInt32());
        var subscriber = await page.Http.GetEnvelopeAsync($"/api/admin/Subscriber/{subscriberId}");
        Assert.False(subscriber.Result.GetProperty("IsActive").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, subscriber.Result.GetProperty("DisabledAt").ValueKind);

        await page.Http.CreateIncidentAsync(title: "Second outage");
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Single(Sink.On(path));
    }

    [Fact]
    public async Task Delivery_WhenReceiverAlwaysFails_EndsFailedWithError_AndRetryReplaysIt()
    {
        var page = await Fixture.Host.CreatePageClientAsync();
        var path = "down-" + Guid.NewGuid().ToString("N");
        var (subscriberId, _) = await CreateWebhookAsync(
            page,
            Sink.Url(path, (_, _) => (503, null)),
            events: ["incident.created"]
        );

        await page.Http.CreateIncidentAsync();

        var failed = await WaitForDeliveryAsync(page, subscriberId, "Failed");
        Assert.Equal(3, failed.GetProperty("Attempts").GetInt32());
        Assert.Equal(503, failed.GetProperty("ResponseStatus").GetInt32());
        Assert.Contains("503", failed.GetProperty("LastError").GetString());
        Assert.Equal(3, Sink.On(path).Count);

        Sink.Respond(path, (_, _) => (204, null));
        var retry = await page.Http.PostJsonAsync(
            $"/api/admin/Delivery/{failed.GetProperty("Id").GetGuid()}/Retry",
            null
        );
        Assert.True(retry.Success, retry.Raw);

        var replayed = await WaitForDeliveryAsync(page, subscriberId, "Succeeded");
        Assert.Equal(204, replayed.GetProperty("ResponseStatus").GetInt32());
        Assert.Equal(4, Sink.On(path).Count);
        Assert.Single(Sink.On(path).Select(c => c.Id).Distinct());
    }

    [Fact]
    public async Task Delivery_WhenReceiverRedirects_IsFailureAndRedirectIsNotFollowed()
    {
        var page = await Fixture.Host.CreatePageClientAsync();
        var path = "redirect-" + Guid.NewGuid().ToString("N");
        var target = "target-" + Guid.NewGuid().ToString("N");
        var (subscriberId, _) = await CreateWebhookAsync(
            page,
            Sink.Url(path, (_, _) => (307, Sink.Url(target))),
            events: ["incident.created"]
        );

        await page.Http.CreateIncidentAsync();

        var failed = await WaitForDeliveryAsync(page, subscriberId, "Failed");
        Assert.Equal(307, failed.GetProperty("ResponseStatus").GetInt32());
        Assert.Contains("not followed", failed.GetProperty("LastError").GetString());
        Assert.Empty(Sink.On(target));
    }

    [Fact]
    public async Task Subscriber_WithFiltersNotMatching_ReceivesNothing_WhileUnfilteredOneDoes()
    {
        var page = await Fixture.Host.CreatePageClientAsync();
        var api = await page.Http.CreateComponentAsync("API");
        var web = await page.Http.CreateComponentAsync("Website");
        var all = "all-" + Guid.NewGuid().ToString("N");
        var otherComponent = "web-only-" + Guid.NewGuid().ToString("N");
        var otherEvent = "resolved-only-" + Guid.NewGuid().ToString("N");
        await CreateWebhookAsync(page, Sink.Url(all), events: ["incident.created"]);
        await CreateWebhookAsync(page, Sink.Url(otherComponent), components: [web]);
        await CreateWebhookAsync(page, Sink.Url(otherEvent), events: ["incident.resolved"]);

        await page.Http.CreateIncidentAsync(components: api);

        await Eventually.WaitAsync(
            () => Sink.On(all),
            r => r.Count == 1,
            "the unfiltered subscriber's webhook"
        );
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        Assert.Empty(Sink.On(otherComponent));
        Assert.Empty(Sink.On(otherEvent));
    }

    [Fact]
    public async Task Incident_WithIsNotifyFalse_SendsNothing()
    {
        var page = await Fixture.Host.CreatePageClientAsync();
        var path = "quiet-" + Guid.NewGuid().ToString("N");
        await CreateWebhookAsync(page, Sink.Url(path));

        var quiet = await page.Http.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = "Quiet",
                Description = "Internal only.",
                Status = "Investigating",
                Impact = "None",
                IsNotify = false,
            }
        );
        Assert.True(quiet.Success, quiet.Raw);
        await page.Http.CreateIncidentAsync(title: "Loud");

        var received = await Eventually.WaitAsync(
            () => Sink.On(path),
            r => r.Count >= 1,
            "the notifying incident's webhook"
        );
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        received = Sink.On(path);
        Assert.Single(received);
        Assert.Equal(
            "Loud",
            received[0]
                .Json.GetProperty("data")
                .GetProperty("incident")
                .GetProperty("title")
                .GetString()
        );
    }

    [Fact]
    public async Task Subscriber_AdminApi_HidesSecretOnGet_AndRotateReturnsNewSecret()
    {
        var page = await Fixture.Host.CreatePageClientAsync();
        var (id, secret) = await CreateWebhookAsync(page, "https://hooks.example.com/incidents");
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);

        var got = await page.Http.GetEnvelopeAsync($"/api/admin/Subscriber/{id}");
        Assert.DoesNotContain(secret, got.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", got.Raw, StringComparison.Ordinal);
        var list = await page.Http.GetEnvelopeAsync("/api/admin/Subscriber");
        Assert.Equal(1, list.Result.GetProperty("TotalCount").GetInt32());

        var rotated = await page.Http.PostJsonAsync(
            $"/api/admin/Subscriber/{id}/RotateSecret",
            null
        );
        var newSecret = rotated.Result.GetProperty("Secret").GetString();
        Assert.StartsWith("whsec_", newSecret, StringComparison.Ordinal);
        Assert.NotEqual(secret, newSecret);

        var deleted = await page.Http.DeleteEnvelopeAsync($"/api/admin/Subscriber/{id}");
        Assert.True(deleted.Success);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await page.Http.GetEnvelopeAsync($"/api/admin/Subscriber/{id}")).Status
        );
    }

    [Theory]
    [InlineData("ftp://hooks.example.com/x")]
    [InlineData("https://user:secret@hooks.example.com/x")]
    [InlineData("not a url")]
    public async Task CreateWebhook_WithUnsafeOrInvalidUrl_Returns400(string url)
    {
        var page = await Fixture.Host.CreatePageClientAsync();

        var created = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new { Type = "Webhook", Url = url }
        );

        Assert.Equal(HttpStatusCode.BadRequest, created.Status);
        Assert.False(created.Success);
    }

    [Fact]
    public async Task Metrics_WhenAWebhookIsDelivered_CountTheDeliveryAndTheOutboxLag()
    {
        var meterScope = Fixture.Host.App.Services.GetRequiredService<IMeterFactory>();
        var sent = 0L;
        var lags = 0L;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (
                    instrument.Meter.Name == IncidentsMetrics.MeterName
                    && instrument.Meter.Scope == meterScope
                )
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>(
            (instrument, value, _, _) =>
            {
                if (instrument.Name == "incidents.deliveries.sent")
                {
                    Interlocked.Add(ref sent, value);
                }
            }
        );
        listener.SetMeasurementEventCallback<double>(
            (instrument, _, _, _) =>
            {
                if (instrument.Name == "incidents.outbox.lag")
                {
                    Interlocked.Increment(ref lags);
                }
            }
        );
        listener.Start();
        var page = await Fixture.Host.CreatePageClientAsync();
        var path = "metrics-" + Guid.NewGuid().ToString("N");
        await CreateWebhookAsync(page, Sink.Url(path));

        await page.Http.CreateIncidentAsync("Counted");
        await Eventually.WaitAsync(() => Sink.On(path), r => r.Count >= 1, "one webhook");
        await Eventually.WaitAsync(
            () => Interlocked.Read(ref sent),
            n => n >= 1,
            "a sent delivery counted"
        );

        Assert.True(Interlocked.Read(ref lags) >= 1);
    }

    protected static async Task<(Guid Id, string Secret)> CreateWebhookAsync(
        PageClient page,
        string url,
        string[]? events = null,
        Guid[]? components = null
    )
    {
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Webhook",
                Url = url,
                Events = events,
                Components = components,
            }
        );
        Assert.True(created.Success, created.Raw);
        return (
            created.Result.GetProperty("Id").GetGuid(),
            created.Result.GetProperty("Secret").GetString()!
        );
    }

    protected static async Task<JsonElement> WaitForDeliveryAsync(
        PageClient page,
        Guid subscriberId,
        string state
    )
    {
        var log = await Eventually.WaitAsync(
            () => page.Http.GetEnvelopeAsync($"/api/admin/Subscriber/{subscriberId}/Deliveries"),
            l =>
                l.Result.GetProperty("Items")
                    .EnumerateArray()
                    .Any(d => d.GetProperty("State").GetString() == state),
            $"a delivery in state {state}"
        );
        return log
            .Result.GetProperty("Items")
            .EnumerateArray()
            .First(d => d.GetProperty("State").GetString() == state);
    }
}
