namespace Incidents.Infrastructure.Notifications;

/// <summary>The two wake-up signals of this process's workers (singleton).</summary>
public sealed class NotificationSignals : IDisposable
{
    public WorkerSignal Outbox { get; } = new();

    public WorkerSignal Deliveries { get; } = new();

    public void Dispose()
    {
        Outbox.Dispose();
        Deliveries.Dispose();
    }
}
