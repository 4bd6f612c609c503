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
internal sealed class DeliveryHandover : IDisposable
{
    private readonly Lock _gate = new();
    private readonly WorkerSignal _roomFreed = new();
    private IDeliveryReceiver? _receiver;

    /// <summary>
    /// The receiver's room a waiting dispatcher needs (<see cref="WaitForRoomAsync"/>); 0 while
    /// none waits. One field: an instance has one outbox dispatcher, handling one event at a time.
    /// </summary>
    private int _awaitedRoom;

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
    internal int Hand(IDeliveryReceiver receiver, List<HandedOverDelivery> deliveries, int reserved)
    {
        lock (_gate)
        {
            _reserved -= reserved;
            var queued = 0;
            foreach (var handed in deliveries)
            {
                if (!receiver.Accept(handed))
                {
                    // Stopping: the leases are released on its way out, or expire.
                    break;
                }

                queued++;
            }

            return queued;
        }
    }

    /// <summary>
    /// Waits until the sender's queue has room for <paramref name="wanted"/> more deliveries (true),
    /// or until <paramref name="limit"/> has passed or while no sender runs (false). A fan-out
    /// writes its next slice once the sender can take it, rather than storing what finds no room
    /// unleased for a claim to read back (one more write and two more reads per delivery).
    /// </summary>
    public async Task<bool> WaitForRoomAsync(
        int wanted,
        TimeSpan limit,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var started = time.GetTimestamp();
        try
        {
            while (true)
            {
                lock (_gate)
                {
                    if (_receiver is null)
                    {
                        return false;
                    }

                    // What the receiver's own count must reach, the promised places included;
                    // set before the room is read, so a delivery taken after it wakes the wait.
                    Volatile.Write(ref _awaitedRoom, Math.Max(1, wanted + _reserved));
                    if (_receiver.Room - _reserved >= wanted)
                    {
                        return true;
                    }
                }

                var left = limit - time.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }

                await _roomFreed.WaitAsync(left, cancellationToken);
            }
        }
        finally
        {
            Volatile.Write(ref _awaitedRoom, 0);
        }
    }

    /// <summary>
    /// The receiver took a delivery off its queue and has <paramref name="room"/> now: wakes a
    /// dispatcher waiting for that much. One read of a field per delivery while none waits.
    /// </summary>
    public void Dequeued(int room)
    {
        var awaited = Volatile.Read(ref _awaitedRoom);
        if (awaited > 0 && room >= awaited)
        {
            _roomFreed.Wake();
        }
    }

    public void Dispose() => _roomFreed.Dispose();

    /// <summary>Gives back promised places that were not used (a rollback, a failed commit).</summary>
    internal void Unreserve(int reserved)
    {
        lock (_gate)
        {
            _reserved -= reserved;
        }
    }
}
