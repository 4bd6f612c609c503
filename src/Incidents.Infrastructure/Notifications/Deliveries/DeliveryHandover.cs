using Incidents.Domain.Subscribers;

namespace Incidents.Infrastructure.Notifications.Deliveries;

/// <summary>
/// The first attempt of new deliveries goes from the outbox dispatcher straight to this
/// instance's delivery sender, without a claim (ADR 0170). The dispatcher stores each new
/// delivery already leased to the sender (as far as the sender's queue has room) and, once its
/// transaction has committed, hands the deliveries over in memory with the subscribers the
/// fan-out has just read: the sender neither claims them (an UPDATE … RETURNING that reads
/// every row back) nor reads their subscribers again. The lease is an ordinary one — the
/// sender's saves check it, its shutdown releases it, a crash leaves it to expire and another
/// worker claims the row — and what finds no room is stored unleased and claimed as before.
/// </summary>
internal sealed class DeliveryHandover
{
    private readonly Lock _gate = new();
    private IDeliveryReceiver? _receiver;

    /// <summary>Room promised to transactions not yet handed over (leased rows not yet queued).</summary>
    private int _reserved;

    /// <summary>The sender takes deliveries from now on.</summary>
    public void Open(IDeliveryReceiver receiver)
    {
        lock (_gate)
        {
            _receiver = receiver;
        }
    }

    /// <summary>The sender is stopping: nothing more is leased to it.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _receiver = null;
        }
    }

    /// <summary>Starts the handover of one transaction's deliveries; dispose it whether or not it was handed over.</summary>
    public LeasedToSender Begin(DateTimeOffset leaseUntil) => new(this, leaseUntil);

    /// <summary>Promises up to <paramref name="wanted"/> places in the sender's queue; none while no sender runs.</summary>
    internal (IDeliveryReceiver? Receiver, int Granted) Reserve(int wanted)
    {
        lock (_gate)
        {
            if (_receiver is null || wanted <= 0)
            {
                return (null, 0);
            }

            var granted = Math.Min(wanted, _receiver.Room - _reserved);
            if (granted <= 0)
            {
                return (null, 0);
            }

            _reserved += granted;
            return (_receiver, granted);
        }
    }

    /// <summary>
    /// Queues committed deliveries at their receiver and gives back the promised places (in one
    /// step, so the room never counts them twice or not at all); returns how many were queued.
    /// </summary>
    internal int Hand(
        IDeliveryReceiver receiver,
        List<(Delivery Delivery, Subscriber Subscriber)> deliveries,
        int reserved
    )
    {
        lock (_gate)
        {
            _reserved -= reserved;
            var queued = 0;
            foreach (var (delivery, subscriber) in deliveries)
            {
                if (!receiver.Accept(delivery, subscriber))
                {
                    // Stopping: the leases are released on its way out, or expire.
                    break;
                }

                queued++;
            }

            return queued;
        }
    }

    /// <summary>Gives back promised places that were not used (a rollback, a failed commit).</summary>
    internal void Unreserve(int reserved)
    {
        lock (_gate)
        {
            _reserved -= reserved;
        }
    }
}
