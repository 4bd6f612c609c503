using Incidents.Domain.Subscribers;

namespace Incidents.Infrastructure.Notifications.Channels;

/// <summary>
/// Sends one delivery attempt to one kind of subscriber. A new channel (Slack, SMS...) is a new
/// folder with an implementation plus its registration; the sender picks it by <see cref="Type"/>.
/// </summary>
public interface INotificationChannel
{
    SubscriberType Type { get; }

    /// <summary>One attempt. Failures are returned, not thrown: the sender owns retries.</summary>
    Task<ChannelResult> SendAsync(
        Subscriber subscriber,
        Delivery delivery,
        CancellationToken cancellationToken
    );
}
