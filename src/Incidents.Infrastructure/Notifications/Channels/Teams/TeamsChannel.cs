using System.Net;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Channels.Chat;

namespace Incidents.Infrastructure.Notifications.Channels.Teams;

/// <summary>
/// Teams Workflows webhooks: the trigger answers 202 Accepted (it runs the flow later). 404 means
/// the flow or its URL is gone: disabled. 429 waits for <c>Retry-After</c>; the rest retries on
/// the schedule.
/// </summary>
internal sealed class TeamsChannel(ChatHttp http, NotificationLinks links) : INotificationChannel
{
    public SubscriberType Type => SubscriberType.Teams;

    public async Task<ChannelResult> SendAsync(
        Subscriber subscriber,
        Delivery delivery,
        CancellationToken cancellationToken
    )
    {
        if (subscriber.Url is null)
        {
            return ChannelResult.Failed("Teams subscriber has no URL.");
        }

        var answer = await http.PostAsync(
            subscriber,
            subscriber.Url,
            TeamsPayload.Build(ChatNotification.From(delivery, links)),
            cancellationToken
        );
        if (answer.Failure is { } failure)
        {
            return failure;
        }

        var reason = $"Teams {answer.Status} {answer.Body.Trim()}".Trim();
        return answer.Status switch
        {
            >= 200 and < 300 => ChannelResult.Ok(answer.Status),
            (int)HttpStatusCode.NotFound => new ChannelResult(
                false,
                answer.Status,
                reason + ": the workflow is gone (disabled).",
                Gone: true
            ),
            _ => new ChannelResult(false, answer.Status, reason, RetryAfter: answer.RetryAfter),
        };
    }
}
