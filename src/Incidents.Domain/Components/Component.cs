using Incidents.Domain.Common;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Components;

/// <summary>
/// A part of the service that users see on the status page. Its effective <see cref="Status"/> is
/// the worst of what is imposed on it — the impacts of the unresolved incidents that affect it, and
/// Under Maintenance while a maintenance on it is in progress — else the manual status set by an
/// admin. Under Maintenance ranks below every outage (<see cref="ComponentStatusSeverity"/>): an
/// unresolved incident that hurts the component wins over the maintenance.
/// </summary>
public sealed class Component : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;
    public const int GroupMaxLength = 100;
    public const int ExternalIdMaxLength = 200;

    private Component() { }

    public Guid PageId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public string? Group { get; private set; }

    /// <summary>Its id in the system it was imported from (e.g. <c>statuspage:abc123</c>): a repeated import finds it.</summary>
    public string? ExternalId { get; private set; }

    public int DisplayOrder { get; private set; }

    /// <summary>The status an admin set; it shows whenever no unresolved incident imposes a status.</summary>
    public ComponentStatus ManualStatus { get; private set; }

    /// <summary>The worst status imposed by unresolved incidents, or null when none does.</summary>
    public ComponentStatus? IncidentStatus { get; private set; }

    /// <summary>True while a maintenance that affects it is In Progress or Verifying.</summary>
    public bool UnderMaintenance { get; private set; }

    /// <summary>What the status page shows.</summary>
    public ComponentStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid Version { get; private set; }

    public static Component Create(
        Guid pageId,
        string name,
        string? description,
        string? group,
        int displayOrder,
        ComponentStatus status,
        DateTimeOffset now,
        string? externalId = null
    )
    {
        if (externalId?.Trim().Length > ExternalIdMaxLength)
        {
            throw new DomainException(
                $"ExternalId must be at most {ExternalIdMaxLength} characters."
            );
        }

        var component = new Component
        {
            Id = Guid.CreateVersion7(now),
            PageId = pageId,
            ExternalId = string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim(),
            CreatedAt = now,
            ManualStatus = status,
            Status = status,
            Version = Guid.NewGuid(),
        };
        component.SetDetails(name, description, group, displayOrder, now);
        // The first history row: the uptime history starts when the component does.
        component.Raise(
            new ComponentStatusChanged(
                component.Id,
                pageId,
                component.Name,
                status,
                status,
                null,
                false,
                now
            )
        );
        return component;
    }

    public void Update(
        string name,
        string? description,
        string? group,
        int displayOrder,
        ComponentStatus? manualStatus,
        bool notify,
        DateTimeOffset now
    )
    {
        SetDetails(name, description, group, displayOrder, now);
        if (manualStatus is not null)
        {
            ManualStatus = manualStatus.Value;
        }

        Recalculate(null, notify, now);
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// Applies the impacts of the unresolved incidents that affect this component now (already
    /// including the change being made), and records a status change if the result differs.
    /// </summary>
    public void ApplyIncidentImpacts(
        IEnumerable<IncidentImpact> unresolvedImpacts,
        Guid causedByIncidentId,
        bool notify,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(unresolvedImpacts);
        var imposed = unresolvedImpacts
            .Select(ComponentStatusSeverity.FromImpact)
            .Where(s => s is not null)
            .Select(s => s!.Value)
            .ToList();
        var incidentStatus =
            imposed.Count == 0 ? (ComponentStatus?)null : ComponentStatusSeverity.Worst(imposed);
        var changed = incidentStatus != IncidentStatus;
        IncidentStatus = incidentStatus;
        changed |= Recalculate(causedByIncidentId, notify, now);
        if (changed)
        {
            // Even when the shown status stays the same, the stored incident status changed: a new
            // version makes a concurrent writer of this component retry instead of overwriting it.
            UpdatedAt = now;
            Version = Guid.NewGuid();
        }
    }

    /// <summary>
    /// Sets whether an active maintenance covers this component now (already including the change
    /// being made), and records a status change if the effective status differs.
    /// </summary>
    public void ApplyMaintenance(
        bool underMaintenance,
        Guid causedByMaintenanceId,
        bool notify,
        DateTimeOffset now
    )
    {
        var changed = underMaintenance != UnderMaintenance;
        UnderMaintenance = underMaintenance;
        changed |= Recalculate(null, notify, now, causedByMaintenanceId);
        if (changed)
        {
            UpdatedAt = now;
            Version = Guid.NewGuid();
        }
    }

    private bool Recalculate(
        Guid? causedByIncidentId,
        bool notify,
        DateTimeOffset now,
        Guid? causedByMaintenanceId = null
    )
    {
        var imposed = new List<ComponentStatus>(2);
        if (IncidentStatus is { } incidentStatus)
        {
            imposed.Add(incidentStatus);
        }

        if (UnderMaintenance)
        {
            imposed.Add(ComponentStatus.UnderMaintenance);
        }

        var effective = imposed.Count > 0 ? ComponentStatusSeverity.Worst(imposed) : ManualStatus;
        if (effective == Status)
        {
            return false;
        }

        var previous = Status;
        Status = effective;
        Raise(
            new ComponentStatusChanged(
                Id,
                PageId,
                Name,
                previous,
                effective,
                causedByIncidentId,
                notify,
                now,
                causedByMaintenanceId
            )
        );
        return true;
    }

    private void SetDetails(
        string name,
        string? description,
        string? group,
        int displayOrder,
        DateTimeOffset now
    )
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Name is required.");
        }

        if (name.Length > NameMaxLength)
        {
            throw new DomainException($"Name must be at most {NameMaxLength} characters.");
        }

        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Group = string.IsNullOrWhiteSpace(group) ? null : group.Trim();
        DisplayOrder = displayOrder;
        UpdatedAt = now;
    }
}
