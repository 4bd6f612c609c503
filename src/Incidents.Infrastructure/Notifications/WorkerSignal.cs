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
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the pending wake-up covers this one too.
        }
    }

    /// <summary>Waits for a wake-up or until <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
