namespace Incidents.Application.Subscribers.Commands.Subscribe;

/// <summary>Bounds confirmation mails per address and per client, so sign-ups cannot mail-bomb anyone.</summary>
public interface ISubscriptionRateLimiter
{
    bool TryAcquire(string email, string? clientKey);
}
