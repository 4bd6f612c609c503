using Incidents.Infrastructure.Notifications;

namespace Incidents.Infrastructure.Maintenances;

/// <summary>Wakes this process's scheduler when a maintenance changed, so it recomputes its next due time.</summary>
public sealed class MaintenanceSchedulerSignal : IDisposable
{
    public WorkerSignal Changed { get; } = new();

    public void Dispose() => Changed.Dispose();
}
