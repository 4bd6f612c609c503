using Incidents.Domain.Subscribers;

namespace Incidents.Infrastructure.Persistence.Deliveries;

/// <summary>
/// New deliveries of a sliced fan-out handed to a sender before they are stored (ADR 0184): one
/// row holds what is needed to rebuild them, leased to that sender. Each delivery is stored
/// once, in its outcome state, when its send is over; the row is deleted with the slice's last
/// outcome. If the lease runs out first (the sender died or stopped), any sender turns the
/// deliveries that have no row yet into pending ones (<see cref="Unsent"/>) and deletes this row.
/// </summary>
public sealed class HandedOverSlice
{
    /// <summary>Bytes per member: the delivery's id, then its subscriber's id.</summary>
    private const int MemberSize = 32;

    public Guid Id { get; set; }

    public Guid PageId { get; set; }

    public Guid? SourceEventId { get; set; }

    public string EventType { get; set; } = string.Empty;

    public Guid PayloadId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>How many deliveries the slice holds.</summary>
    public int Count { get; set; }

    /// <summary>Each delivery's id and its subscriber's id, as base64 (one string column on every provider).</summary>
    public string Members { get; set; } = string.Empty;

    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Whether a delivery can join a slice of <paramref name="first"/>: everything but its ids is the same.</summary>
    public static bool Alike(Delivery first, Delivery delivery) =>
        delivery.PageId == first.PageId
        && delivery.SourceEventId == first.SourceEventId
        && delivery.EventType == first.EventType
        && delivery.PayloadId == first.PayloadId
        && delivery.CreatedAt == first.CreatedAt
        && delivery.NextAttemptAt == first.NextAttemptAt
        && delivery.MessageId == Delivery.MessageIdOf(delivery.Id);

    /// <summary>A slice of alike new deliveries (<see cref="Alike"/>), leased until <paramref name="until"/>.</summary>
    public static HandedOverSlice Of(
        IReadOnlyList<Delivery> deliveries,
        string token,
        DateTimeOffset until
    )
    {
        var first = deliveries[0];
        var members = new byte[deliveries.Count * MemberSize];
        for (var i = 0; i < deliveries.Count; i++)
        {
            var delivery = deliveries[i];
            if (!Alike(first, delivery))
            {
                throw new ArgumentException(
                    "A slice holds alike deliveries only.",
                    nameof(deliveries)
                );
            }

            delivery.Id.TryWriteBytes(members.AsSpan(i * MemberSize, 16));
            delivery.SubscriberId.TryWriteBytes(members.AsSpan(i * MemberSize + 16, 16));
        }

        return new HandedOverSlice
        {
            Id = Guid.CreateVersion7(first.CreatedAt),
            PageId = first.PageId,
            SourceEventId = first.SourceEventId,
            EventType = first.EventType,
            PayloadId = first.PayloadId,
            CreatedAt = first.CreatedAt,
            Count = deliveries.Count,
            Members = Convert.ToBase64String(members),
            LockedBy = token,
            LockedUntil = until,
        };
    }

    /// <summary>The slice's deliveries as new and pending, unleased, with their own ids.</summary>
    public List<Delivery> Unsent()
    {
        var members = Convert.FromBase64String(Members);
        var deliveries = new List<Delivery>(members.Length / MemberSize);
        for (var at = 0; at + MemberSize <= members.Length; at += MemberSize)
        {
            deliveries.Add(
                Delivery.Unsent(
                    new Guid(members.AsSpan(at, 16)),
                    PageId,
                    new Guid(members.AsSpan(at + 16, 16)),
                    SourceEventId,
                    EventType,
                    PayloadId,
                    CreatedAt
                )
            );
        }

        return deliveries;
    }
}
