namespace Incidents.Infrastructure.Notifications;

/// <summary>
/// Wakes a polling worker early. Signals coalesce: many wake-ups while the worker is busy cause one
/// more pass, not one per signal.
/// </summary>
public sealed class WorkerSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Wake()
    {
        if (_semaphore.CurrentCount > 0)
        {
            // Already signalled (the usual case in a burst): no exception per commit.
            return;
        }

        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the pending wake-up covers this one too.
        }
    }

    /// <summary>Waits for a wake-up or until <paramref name="timeout"/> passes: true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
