using Incidents.Domain.Common;

namespace Incidents.Domain.Maintenances;

/// <summary>One entry of a maintenance's timeline. Entries are appended, never changed.</summary>
public sealed class MaintenanceUpdate : Entity
{
    private MaintenanceUpdate() { }

    internal MaintenanceUpdate(
        Guid maintenanceId,
        MaintenanceStatus status,
        string description,
        bool notify,
        DateTimeOffset createdAt
    )
    {
        Id = Guid.CreateVersion7(createdAt);
        MaintenanceId = maintenanceId;
        Status = status;
        Description = description;
        Notify = notify;
        CreatedAt = createdAt;
    }

    public Guid MaintenanceId { get; private set; }

    public MaintenanceStatus Status { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public bool Notify { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
