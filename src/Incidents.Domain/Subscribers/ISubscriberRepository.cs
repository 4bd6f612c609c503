namespace Incidents.Domain.Subscribers;

/// <summary>Subscribers and their deliveries; the unit of work saves.</summary>
public interface ISubscriberRepository
{
    Task<Subscriber?> GetAsync(Guid pageId, Guid id, CancellationToken cancellationToken);

    Task<Subscriber?> GetByTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>The page-wide email subscriber with this address (not one following an incident).</summary>
    Task<Subscriber?> GetEmailAsync(Guid pageId, string email, CancellationToken cancellationToken);

    /// <summary>The subscriber with this address following this incident, if any.</summary>
    Task<Subscriber?> GetFollowerAsync(
        Guid pageId,
        string email,
        Guid incidentId,
        CancellationToken cancellationToken
    );

    /// <summary>Every subscriber following this incident whose following has not ended, tracked for change.</summary>
    Task<IReadOnlyList<Subscriber>> ListFollowersAsync(
        Guid pageId,
        Guid incidentId,
        CancellationToken cancellationToken
    );

    /// <summary>Whether the page has an active subscriber (confirmed, not disabled): a fan-out to none builds no payload.</summary>
    Task<bool> AnyActiveAsync(Guid pageId, CancellationToken cancellationToken);

    void Add(Subscriber subscriber);

    void Remove(Subscriber subscriber);

    Task<Delivery?> GetDeliveryAsync(Guid pageId, Guid id, CancellationToken cancellationToken);

    void AddDelivery(Delivery delivery);

    /// <summary>
    /// Declares a fan-out: one delivery to each of the page's active subscribers that wants it,
    /// written when the unit of work is saved (by the outbox dispatcher, a slice at a time).
    /// </summary>
    void AddFanOut(FanOut fanOut);
}
