using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence.Deliveries;

namespace Incidents.Infrastructure.Notifications.Deliveries;

/// <summary>
/// The deliveries one transaction stores already leased to this instance's sender (see
/// <see cref="DeliveryHandover"/>): lease them before the insert, hand them over after the
/// commit, dispose it in any case (what was not handed over gives its room back; its rows, if
/// they were stored after all, keep an ordinary lease that is released or expires).
/// </summary>
internal sealed class LeasedToSender(DeliveryHandover handover, DateTimeOffset leaseUntil)
    : IDisposable
{
    private readonly List<HandedOverDelivery> _leased = [];
    private IDeliveryReceiver? _receiver;
    private string? _token;
    private int _reserved;
    private bool _done;

    /// <summary>
    /// Leases as many of these new deliveries to the sender as its queue has room for — only those
    /// whose subscriber is known here (read by the fan-out; the sender needs it to send) — and
    /// returns how many it leased.
    /// </summary>
    public int Lease(IReadOnlyList<Delivery> deliveries, Func<Guid, Subscriber?> subscriberOf)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var (receiver, granted) = handover.Reserve(deliveries.Count);
        if (receiver is null)
        {
            return 0;
        }

        if (_receiver is not null && _receiver != receiver)
        {
            // The sender was replaced meanwhile (not in practice): one token, one sender.
            handover.Unreserve(granted);
            return 0;
        }

        _receiver = receiver;
        _token ??= receiver.NewClaimToken();
        var leased = 0;
        foreach (var delivery in deliveries)
        {
            if (leased == granted)
            {
                break;
            }

            if (subscriberOf(delivery.SubscriberId) is { } subscriber)
            {
                delivery.LeaseTo(_token, leaseUntil);
                _leased.Add(new HandedOverDelivery(delivery, subscriber, null));
                leased++;
            }
        }

        _reserved += granted;
        return leased;
    }

    /// <summary>
    /// The deliveries of <paramref name="slice"/> leased here (by <see cref="Lease"/>) go into one
    /// row, each to be stored once, after its send (ADR 0184) — those alike the first of them, in
    /// practice all. Returns that row (null when none was leased) and the slice's other
    /// deliveries, stored as rows (leased or not) as before.
    /// </summary>
    public (HandedOverSlice? Row, List<Delivery> InRow, List<Delivery> Others) StoreAfterSend(
        List<Delivery> slice
    )
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var inSlice = slice.ToHashSet(ReferenceEqualityComparer.Instance);
        var taken = new List<int>();
        Delivery? first = null;
        for (var i = 0; i < _leased.Count; i++)
        {
            var (delivery, _, inRow) = _leased[i];
            if (inRow is null && inSlice.Contains(delivery))
            {
                first ??= delivery;
                if (HandedOverSlice.Alike(first, delivery))
                {
                    taken.Add(i);
                }
            }
        }

        if (taken.Count == 0 || _token is null)
        {
            return (null, [], slice);
        }

        var stored = taken.Select(i => _leased[i].Delivery).ToList();
        var row = HandedOverSlice.Of(stored, _token, leaseUntil);
        var tracked = new SliceInFlight(row.Id, _token, stored.Count);
        foreach (var i in taken)
        {
            _leased[i] = _leased[i] with { Slice = tracked };
        }

        var storedSet = stored.ToHashSet(ReferenceEqualityComparer.Instance);
        return (row, stored, slice.Where(d => !storedSet.Contains(d)).ToList());
    }

    /// <summary>After the commit: the leased deliveries go to the sender's queue. Returns how many it took.</summary>
    public int Hand()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _done = true;
        return _receiver is null ? 0 : handover.Hand(_receiver, _leased, _reserved);
    }

    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            handover.Unreserve(_reserved);
        }
    }
}
