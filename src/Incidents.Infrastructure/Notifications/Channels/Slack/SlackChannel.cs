using System.Net;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Channels.Chat;

namespace Incidents.Infrastructure.Notifications.Channels.Slack;

/// <summary>
/// Slack incoming webhooks: 200 <c>ok</c> is success. 404 (<c>channel_not_found</c>,
/// <c>no_service</c>, …) and 410 (<c>channel_is_archived</c>) mean the webhook will never work
/// again: the subscriber is disabled with Slack's reason. 429 waits for <c>Retry-After</c>; the
/// rest (5xx, timeouts) retries on the delivery schedule.
/// </summary>
internal sealed class SlackChannel(ChatHttp http, NotificationLinks links) : INotificationChannel
{
    public SubscriberType Type => SubscriberType.Slack;

    public async Task<ChannelResult> SendAsync(
        Subscriber subscriber,
        Delivery delivery,
        CancellationToken cancellationToken
    )
    {
        if (subscriber.Url is null)
        {
            return ChannelResult.Failed("Slack subscriber has no URL.");
        }

        var answer = await http.PostAsync(
            subscriber,
            subscriber.Url,
            SlackPayload.Build(ChatNotification.From(delivery, links)),
            cancellationToken
        );
        if (answer.Failure is { } failure)
        {
            return failure;
        }

        var reason = $"Slack {answer.Status} {answer.Body.Trim()}".Trim();
        return answer.Status switch
        {
            >= 200 and < 300 => ChannelResult.Ok(answer.Status),
            (int)HttpStatusCode.NotFound or (int)HttpStatusCode.Gone => new ChannelResult(
                false,
                answer.Status,
                reason + ": the webhook is gone (disabled).",
                Gone: true
            ),
            _ => new ChannelResult(false, answer.Status, reason, RetryAfter: answer.RetryAfter),
        };
    }
}
