using System.Threading.RateLimiting;
using Incidents.Application.Subscribers.Commands.Subscribe;
using Microsoft.Extensions.Options;

namespace Incidents.Infrastructure.Notifications.Subscriptions;

/// <summary>
/// In-process fixed windows of one hour, per address and per client. Per instance only (with
/// several instances, each allows its own share) — enough to stop a mail bomb, simple to run.
/// </summary>
internal sealed class SubscriptionRateLimiter : ISubscriptionRateLimiter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perClient;

    public SubscriptionRateLimiter(IOptions<NotificationOptions> options)
    {
        var subscribe = options.Value.Subscribe;
        _perAddress = Create(subscribe.ConfirmationsPerAddressPerHour);
        _perClient = Create(subscribe.ConfirmationsPerClientPerHour);
    }

    public bool TryAcquire(string email, string? clientKey)
    {
        using var client = _perClient.AttemptAcquire(clientKey ?? "unknown");
        if (!client.IsAcquired)
        {
            return false;
        }

        using var address = _perAddress.AttemptAcquire(email);
        return address.IsAcquired;
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perClient.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetFixedWindowLimiter(
                key,
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permits),
                    Window = TimeSpan.FromHours(1),
                    QueueLimit = 0,
                }
            )
        );
}
