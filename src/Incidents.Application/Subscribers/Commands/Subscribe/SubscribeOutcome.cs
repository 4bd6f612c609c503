namespace Incidents.Application.Subscribers.Commands.Subscribe;

public enum SubscribeOutcome
{
    /// <summary>A confirmation mail is queued (or the address is already subscribed: said the same way, so nobody learns who is).</summary>
    Accepted = 0,

    /// <summary>Too many confirmation mails for this address or from this client recently.</summary>
    RateLimited = 1,
}
