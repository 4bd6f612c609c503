using Incidents.Domain.Common;

namespace Incidents.Domain.Subscribers;

/// <summary>
/// One notification for one subscriber, and its delivery log: state, attempts, when the next
/// attempt is due, the last error and response status. The payload is fixed when the delivery is
/// created, so every retry sends the same bytes under the same <see cref="MessageId"/>; it is
/// stored once per notification (<see cref="DeliveryPayload"/>), not once per subscriber.
/// </summary>
public sealed class Delivery : Entity
{
    public const int LastErrorMaxLength = 2000;

    public const int DeferredReasonMaxLength = 500;

    private Delivery() { }

    public Guid PageId { get; private set; }

    public Guid SubscriberId { get; private set; }

    /// <summary>
    /// The committed event this delivery was fanned out from (null for deliveries no event made,
    /// e.g. a subscription confirmation). One delivery per subscriber per event: a fan-out
    /// resumed after a crash can never write a second one (issue 16, ADR 0104).
    /// </summary>
    public Guid? SourceEventId { get; private set; }

    public string EventType { get; private set; } = string.Empty;

    /// <summary>The Standard Webhooks <c>webhook-id</c>: stable across retries so receivers can deduplicate.</summary>
    public string MessageId { get; private set; } = string.Empty;

    /// <summary>The <see cref="DeliveryPayload"/> this delivery sends (shared with the other subscribers of the same notification).</summary>
    public Guid PayloadId { get; private set; }

    /// <summary>
    /// The payload itself: set when the delivery is created, and by <see cref="UsePayload"/> once
    /// read back (a delivery read from the database carries only <see cref="PayloadId"/>).
    /// </summary>
    public DeliveryPayload? Content { get; private set; }

    /// <summary>The webhook body (JSON); the email and chat channels render their messages from the same document.</summary>
    public string Payload =>
        Content?.Json
        ?? throw new InvalidOperationException(
            "The delivery's payload was not loaded (see Delivery.UsePayload)."
        );

    public DeliveryState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public int? ResponseStatus { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// How many times our own protection (an open circuit breaker) held this delivery back. A
    /// deferral is not an attempt: it never uses up the attempt budget.
    /// </summary>
    public int Deferrals { get; private set; }

    /// <summary>Why the delivery is waiting although it has not failed; null once it is tried again.</summary>
    public string? DeferredReason { get; private set; }

    /// <summary>Pending only because our own protection held it back (the log shows it as deferred, not failed).</summary>
    public bool IsDeferred => State == DeliveryState.Pending && DeferredReason is not null;

    /// <summary>A worker's lease: no other worker takes the row until this time has passed.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public string? LockedBy { get; private set; }

    public static Delivery Create(
        Guid pageId,
        Guid subscriberId,
        string eventType,
        DeliveryPayload payload,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(payload);
        var id = Guid.CreateVersion7(now);
        return new Delivery
        {
            Id = id,
            PageId = pageId,
            SubscriberId = subscriberId,
            EventType = eventType,
            MessageId = MessageIdOf(id),
            PayloadId = payload.Id,
            Content = payload,
            State = DeliveryState.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>
    /// A new delivery as <see cref="Create"/> made it, rebuilt with its own id (so its message id
    /// too): a sender took it before it was stored and stopped before storing its outcome (ADR
    /// 0184), so it is pending again, with no attempt counted.
    /// </summary>
    public static Delivery Unsent(
        Guid id,
        Guid pageId,
        Guid subscriberId,
        Guid? sourceEventId,
        string eventType,
        Guid payloadId,
        DateTimeOffset createdAt
    )
    {
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        return new Delivery
        {
            Id = id,
            PageId = pageId,
            SubscriberId = subscriberId,
            SourceEventId = sourceEventId,
            EventType = eventType,
            MessageId = MessageIdOf(id),
            PayloadId = payloadId,
            State = DeliveryState.Pending,
            CreatedAt = createdAt,
            NextAttemptAt = createdAt,
        };
    }

    /// <summary>The Standard Webhooks message id of a new delivery: derived from its id, so it can be rebuilt.</summary>
    public static string MessageIdOf(Guid deliveryId) => "msg_" + deliveryId.ToString("N");

    /// <summary>Gives a delivery read from the database its payload (read separately: it is shared).</summary>
    public void UsePayload(DeliveryPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Id != PayloadId)
        {
            throw new DomainException("The payload belongs to another delivery.");
        }

        Content = payload;
    }

    /// <summary>Names the event that fanned this delivery out; set once, before it is stored.</summary>
    public void FannedOutFrom(Guid eventId)
    {
        if (SourceEventId is { } existing && existing != eventId)
        {
            throw new DomainException("Delivery already belongs to another event.");
        }

        SourceEventId = eventId;
    }

    /// <summary>
    /// Leases a new delivery to a worker before it is stored, so that worker makes the first
    /// attempt without claiming it (ADR 0170); an ordinary lease in every other respect.
    /// </summary>
    public void LeaseTo(string worker, DateTimeOffset until)
    {
        ArgumentException.ThrowIfNullOrEmpty(worker);
        if (State != DeliveryState.Pending || Attempts > 0 || LockedBy is not null)
        {
            throw new DomainException("Only a new delivery can be leased before it is stored.");
        }

        LockedBy = worker;
        LockedUntil = until;
    }

    public void Succeed(int? responseStatus, DateTimeOffset now)
    {
        Attempts++;
        DeferredReason = null;
        LastAttemptAt = now;
        ResponseStatus = responseStatus;
        LastError = null;
        State = DeliveryState.Succeeded;
        CompletedAt = now;
        Release();
    }

    /// <summary>Records a failed attempt; a null <paramref name="retryAt"/> means no more attempts.</summary>
    public void Fail(int? responseStatus, string error, DateTimeOffset? retryAt, DateTimeOffset now)
    {
        Attempts++;
        DeferredReason = null;
        LastAttemptAt = now;
        ResponseStatus = responseStatus;
        LastError = error.Length > LastErrorMaxLength ? error[..LastErrorMaxLength] : error;
        if (retryAt is null)
        {
            State = DeliveryState.Failed;
            CompletedAt = now;
        }
        else
        {
            NextAttemptAt = retryAt.Value;
        }

        Release();
    }

    /// <summary>
    /// The sender's own protection refused to call the receiver (e.g. its circuit is open): the
    /// receiver was not asked, so no attempt is counted; the delivery waits until the protection
    /// lifts instead of moving along the retry schedule.
    /// </summary>
    public void Defer(string reason, DateTimeOffset until, DateTimeOffset now)
    {
        if (State != DeliveryState.Pending)
        {
            throw new DomainException("Only a pending delivery can be deferred.");
        }

        Deferrals++;
        DeferredReason =
            reason.Length > DeferredReasonMaxLength ? reason[..DeferredReasonMaxLength] : reason;
        NextAttemptAt = until > now ? until : now;
        Release();
    }

    /// <summary>Replays a delivery (the admin's Retry): due at once, with a fresh attempt budget.</summary>
    public void Replay(DateTimeOffset now)
    {
        if (State == DeliveryState.Pending)
        {
            throw new DomainException(
                "Delivery is still pending; it will be retried on its schedule."
            );
        }

        State = DeliveryState.Pending;
        Attempts = 0;
        DeferredReason = null;
        NextAttemptAt = now;
        CompletedAt = null;
        Release();
    }

    private void Release()
    {
        LockedUntil = null;
        LockedBy = null;
    }
}
