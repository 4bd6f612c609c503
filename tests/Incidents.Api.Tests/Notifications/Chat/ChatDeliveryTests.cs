using System.Text.Json;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Notifications.Chat;

/// <summary>
/// Slack, Teams and Discord subscribers through the real outbox, sender and delivery log, against
/// loopback fakes answering as each platform does: success, the errors that disable a subscriber,
/// 429 with the platform's wait, and 5xx retried on the schedule.
/// </summary>
public sealed class ChatDeliveryTests(SqliteNotificationsFixture fixture)
    : IClassFixture<SqliteNotificationsFixture>,
        IAsyncLifetime
{
    private ChatPlatformFake _fake = null!;

    public async ValueTask InitializeAsync() => _fake = await ChatPlatformFake.StartAsync();

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    private static string NewPath(string platform) =>
        $"/{platform}/" + Guid.NewGuid().ToString("N");

    private async Task<(PageClient Page, Guid Subscriber)> SubscribeAsync(string type, string url)
    {
        var page = await fixture.Host.CreatePageClientAsync("Acme Status");
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = type,
                Url = url,
                Events = new[] { "incident.created", "incident.resolved" },
            }
        );
        Assert.True(created.Success, created.Raw);
        Assert.Equal(JsonValueKind.Null, created.Result.GetProperty("Secret").ValueKind);
        return (page, created.Result.GetProperty("Id").GetGuid());
    }

    private Task<Delivery> DeliveryAsync(Guid subscriber, Func<Delivery, bool> done, string what) =>
        Eventually.WaitAsync(
            () =>
                fixture.Host.WithDbAsync(db =>
                    db.Set<Delivery>()
                        .AsNoTracking()
                        .Where(d => d.SubscriberId == subscriber)
                        .OrderBy(d => d.CreatedAt)
                        .FirstOrDefaultAsync(TestContext.Current.CancellationToken)
                ),
            d => d is not null && done(d),
            what
        )!;

    private Task<Subscriber> SubscriberAsync(Guid id) =>
        fixture.Host.WithDbAsync(db =>
            db.Set<Subscriber>()
                .AsNoTracking()
                .SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken)
        );

    [Fact]
    public async Task Slack_Success_PostsBlockKitAndLogsTheDelivery()
    {
        var path = NewPath("slack");
        var (page, subscriber) = await SubscribeAsync(
            "Slack",
            _fake.Url(path, _ => new ChatPlatformFake.Answer(200, "ok"))
        );

        await page.Http.CreateIncidentAsync("Checkout errors @everyone");

        var delivery = await DeliveryAsync(
            subscriber,
            d => d.State == DeliveryState.Succeeded,
            "Slack delivery"
        );
        Assert.Equal(200, delivery.ResponseStatus);
        using var body = JsonDocument.Parse(Assert.Single(_fake.On(path)).Body);
        var blocks = body.RootElement.GetProperty("blocks");
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.DoesNotContain("@everyone", body.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(
            blocks.EnumerateArray(),
            b => b.GetProperty("type").GetString() == "actions"
        );
    }

    [Theory]
    [InlineData(404, "channel_not_found")]
    [InlineData(404, "no_service")]
    [InlineData(410, "channel_is_archived")]
    public async Task Slack_ChannelGone_DisablesTheSubscriberWithSlacksReason(
        int status,
        string error
    )
    {
        var path = NewPath("slack");
        var (page, subscriber) = await SubscribeAsync(
            "Slack",
            _fake.Url(path, _ => new ChatPlatformFake.Answer(status, error))
        );

        await page.Http.CreateIncidentAsync();

        var delivery = await DeliveryAsync(
            subscriber,
            d => d.State == DeliveryState.Failed,
            "Slack failure"
        );
        var disabled = await SubscriberAsync(subscriber);
        Assert.NotNull(disabled.DisabledAt);
        Assert.Contains(error, disabled.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(status, delivery.ResponseStatus);
        Assert.Single(_fake.On(path));
    }

    [Fact]
    public async Task Slack_429_WaitsForRetryAfterThenDelivers()
    {
        var path = NewPath("slack");
        var (page, subscriber) = await SubscribeAsync(
            "Slack",
            _fake.Url(
                path,
                call =>
                    call == 1
                        ? new ChatPlatformFake.Answer(
                            429,
                            "rate_limited",
                            Headers: new Dictionary<string, string> { ["Retry-After"] = "3" }
                        )
                        : new ChatPlatformFake.Answer(200, "ok")
            )
        );

        await page.Http.CreateIncidentAsync();

        await DeliveryAsync(
            subscriber,
            d => d.State == DeliveryState.Succeeded,
            "Slack delivery after 429"
        );
        var calls = _fake.On(path);
        Assert.Equal(2, calls.Count);
        // The schedule alone would retry after 1 s; Slack asked for 3.
        Assert.True(
            calls[1].At - calls[0].At >= TimeSpan.FromSeconds(2.9),
            $"{calls[1].At - calls[0].At}"
        );
    }

    [Fact]
    public async Task Discord_429_WaitsForTheBodysRetryAfter()
    {
        var path = NewPath("discord");
        var (page, subscriber) = await SubscribeAsync(
            "Discord",
            _fake.Url(
                path,
                call =>
                    call == 1
                        ? new ChatPlatformFake.Answer(
                            429,
                            """{"message":"You are being rate limited.","retry_after":2.5,"global":false}""",
                            "application/json",
                            new Dictionary<string, string> { ["Retry-After"] = "1" }
                        )
                        : new ChatPlatformFake.Answer(200, """{"id":"1"}""", "application/json")
            )
        );

        await page.Http.CreateIncidentAsync();

        await DeliveryAsync(
            subscriber,
            d => d.State == DeliveryState.Succeeded,
            "Discord delivery after 429"
        );
        var calls = _fake.On(path);
        Assert.Equal(2, calls.Count);
        Assert.True(
            calls[1].At - calls[0].At >= TimeSpan.FromSeconds(2.4),
            $"{calls[1].At - calls[0].At}"
        );
        Assert.Equal("?wait=true", calls[0].Query);
        using var body = JsonDocument.Parse(calls[0].Body);
        Assert.Equal(
            0,
            body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength()
        );
    }

    [Theory]
    [InlineData(404, """{"message": "Unknown Webhook", "code": 10015}""")]
    [InlineData(401, """{"message": "Invalid Webhook Token", "code": 50027}""")]
    public async Task Discord_UnknownWebhookOrBadToken_DisablesTheSubscriber(
        int status,
        string body
    )
    {
        var path = NewPath("discord");
        var (page, subscriber) = await SubscribeAsync(
            "Discord",
            _fake.Url(path, _ => new ChatPlatformFake.Answer(status, body, "application/json"))
        );

        await page.Http.CreateIncidentAsync();

        await DeliveryAsync(subscriber, d => d.State == DeliveryState.Failed, "Discord failure");
        var disabled = await SubscriberAsync(subscriber);
        Assert.NotNull(disabled.DisabledAt);
        Assert.Contains(
            status == 404 ? "10015" : "50027",
            disabled.DisabledReason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Teams_5xxThen202_RetriesOnTheScheduleAndSucceeds()
    {
        var path = NewPath("teams");
        var (page, subscriber) = await SubscribeAsync(
            "Teams",
            _fake.Url(
                path,
                call =>
                    call == 1
                        ? new ChatPlatformFake.Answer(
                            502,
                            """{"error":{"code":"BadGateway","message":"Try again"}}""",
                            "application/json"
                        )
                        : new ChatPlatformFake.Answer(202, string.Empty)
            )
        );

        await page.Http.CreateIncidentAsync();

        var delivery = await DeliveryAsync(
            subscriber,
            d => d.State == DeliveryState.Succeeded,
            "Teams delivery"
        );
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(202, delivery.ResponseStatus);
        using var body = JsonDocument.Parse(_fake.On(path)[1].Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Null((await SubscriberAsync(subscriber)).DisabledAt);
    }

    [Fact]
    public async Task Teams_404_DisablesTheSubscriber()
    {
        var path = NewPath("teams");
        var (page, subscriber) = await SubscribeAsync(
            "Teams",
            _fake.Url(
                path,
                _ => new ChatPlatformFake.Answer(
                    404,
                    """{"error":{"code":"WorkflowNotFound","message":"gone"}}""",
                    "application/json"
                )
            )
        );

        await page.Http.CreateIncidentAsync();

        await DeliveryAsync(subscriber, d => d.State == DeliveryState.Failed, "Teams failure");
        Assert.Contains(
            "WorkflowNotFound",
            (await SubscriberAsync(subscriber)).DisabledReason,
            StringComparison.Ordinal
        );
    }
}
