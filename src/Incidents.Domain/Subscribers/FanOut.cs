namespace Incidents.Domain.Subscribers;

/// <summary>
/// One notification for each active subscriber of a page that wants it: what a fan-out handler
/// declares instead of reading the page's subscribers itself. The unit of work carries it out; the
/// outbox dispatcher reads the subscribers a slice at a time and commits each slice's deliveries
/// as it goes, so the first webhooks of a large page leave before its last subscribers are read
/// (ADR 0183).
/// </summary>
public sealed class FanOut
{
    private readonly Func<Subscriber, bool> _wants;

    public FanOut(
        Guid pageId,
        string eventType,
        DeliveryPayload payload,
        Func<Subscriber, bool> wants,
        DateTimeOffset createdAt
    )
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(wants);
        PageId = pageId;
        EventType = eventType;
        Payload = payload;
        _wants = wants;
        CreatedAt = createdAt;
    }

    public Guid PageId { get; }

    public string EventType { get; }

    /// <summary>Stored once, shared by every delivery of this fan-out.</summary>
    public DeliveryPayload Payload { get; }

    /// <summary>When it was declared: every delivery's creation time.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The delivery for this subscriber, or null when it is not active or does not want this notification.</summary>
    public Delivery? DeliveryFor(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return subscriber.PageId == PageId && subscriber.IsActive && _wants(subscriber)
            ? Delivery.Create(PageId, subscriber.Id, EventType, Payload, CreatedAt)
            : null;
    }
}
