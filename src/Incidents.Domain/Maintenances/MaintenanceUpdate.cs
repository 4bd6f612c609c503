using Incidents.Domain.Common;

namespace Incidents.Domain.Maintenances;

/// <summary>One entry of a maintenance's timeline, with the status the maintenance had at that entry.</summary>
public sealed class MaintenanceUpdate : TimelineEntry
{
    private MaintenanceUpdate() { }

    internal MaintenanceUpdate(
        Guid maintenanceId,
        MaintenanceStatus status,
        string description,
        bool notify,
        DateTimeOffset createdAt,
        IReadOnlyDictionary<string, string>? translations = null
    )
        : base(description, notify, createdAt, translations)
    {
        MaintenanceId = maintenanceId;
        Status = status;
    }

    public Guid MaintenanceId { get; private set; }

    public MaintenanceStatus Status { get; private set; }
}
