using Incidents.Infrastructure.Notifications.Deliveries;

namespace Incidents.Infrastructure.Notifications.Outbox;

/// <summary>
/// One sliced fan-out's pace (ADR 0176): before each slice after the first, wait until the
/// sender's queue has room for it (up to <c>Workers:HandoverQueue</c>), so that the slice is
/// handed over whole instead of partly stored unleased for a claim. A fan-out used to outrun the
/// sender — on SQLite 35–55 % of a warm 10,000 were claimed — and a claimed delivery costs one
/// more write and two more reads. The wait is bounded by <c>Workers:HandoverWait</c>, and once
/// it runs out the rest of the fan-out is written without waiting (the sender is not keeping
/// up: slow receivers), as before, so one fan-out never holds the outbox for long.
/// </summary>
internal sealed class HandoverPacing(
    DeliveryHandover handover,
    int capacity,
    TimeSpan limit,
    TimeProvider time
)
{
    private bool _givenUp = limit <= TimeSpan.Zero || capacity <= 0;

    /// <summary>Waits for room for the next slice of <paramref name="next"/> deliveries, unless this fan-out stopped waiting.</summary>
    public async Task BeforeSliceAsync(int next, CancellationToken cancellationToken)
    {
        if (_givenUp)
        {
            return;
        }

        _givenUp = !await handover.WaitForRoomAsync(
            Math.Min(next, capacity),
            limit,
            time,
            cancellationToken
        );
    }
}
