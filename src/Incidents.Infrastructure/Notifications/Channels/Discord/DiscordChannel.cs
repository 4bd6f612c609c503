using System.Net;
using System.Text.Json;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Channels.Chat;

namespace Incidents.Infrastructure.Notifications.Channels.Discord;

/// <summary>
/// Discord webhooks, called with <c>?wait=true</c> so a message Discord did not save is an error,
/// not a silent 204. 404 (10015 Unknown Webhook) and 401 (50027 Invalid Webhook Token) disable the
/// subscriber — Discord asks callers never to retry a 404ing webhook. 429 waits for
/// <c>retry_after</c> (the body's precise seconds, else the <c>Retry-After</c> header); 5xx retries
/// on the schedule.
/// </summary>
internal sealed class DiscordChannel(ChatHttp http, NotificationLinks links) : INotificationChannel
{
    public SubscriberType Type => SubscriberType.Discord;

    public async Task<ChannelResult> SendAsync(
        Subscriber subscriber,
        Delivery delivery,
        CancellationToken cancellationToken
    )
    {
        if (subscriber.Url is null)
        {
            return ChannelResult.Failed("Discord subscriber has no URL.");
        }

        var url = subscriber.Url.Contains("wait=", StringComparison.Ordinal)
            ? subscriber.Url
            : subscriber.Url
                + (subscriber.Url.Contains('?', StringComparison.Ordinal) ? "&" : "?")
                + "wait=true";
        var answer = await http.PostAsync(
            subscriber,
            url,
            DiscordPayload.Build(ChatNotification.From(delivery, links)),
            cancellationToken
        );
        if (answer.Failure is { } failure)
        {
            return failure;
        }

        var reason = $"Discord {answer.Status} {answer.Body.Trim()}".Trim();
        return answer.Status switch
        {
            >= 200 and < 300 => ChannelResult.Ok(answer.Status),
            (int)HttpStatusCode.NotFound or (int)HttpStatusCode.Unauthorized => new ChannelResult(
                false,
                answer.Status,
                reason + ": the webhook is gone (disabled).",
                Gone: true
            ),
            (int)HttpStatusCode.TooManyRequests => new ChannelResult(
                false,
                answer.Status,
                reason,
                RetryAfter: BodyRetryAfter(answer.Body) ?? answer.RetryAfter
            ),
            _ => new ChannelResult(false, answer.Status, reason, RetryAfter: answer.RetryAfter),
        };
    }

    /// <summary>Discord's 429 body: <c>{"message": …, "retry_after": 1.234, "global": false}</c>.</summary>
    internal static TimeSpan? BodyRetryAfter(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return
                document.RootElement.TryGetProperty("retry_after", out var value)
                && value.ValueKind == JsonValueKind.Number
                && value.TryGetDouble(out var seconds)
                && seconds is >= 0 and < 86_400
                ? TimeSpan.FromSeconds(seconds)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
