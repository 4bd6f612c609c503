using Incidents.Domain.Common;

namespace Incidents.Domain.Components;

/// <summary>One row of a component's status history: from <see cref="ChangedAt"/> on, it was <see cref="Status"/>.</summary>
public sealed class ComponentStatusChange : Entity
{
    private ComponentStatusChange() { }

    public ComponentStatusChange(
        Guid componentId,
        Guid pageId,
        ComponentStatus status,
        DateTimeOffset changedAt,
        Guid? causedByIncidentId = null
    )
    {
        CausedByIncidentId = causedByIncidentId;
        Id = Guid.CreateVersion7(changedAt);
        ComponentId = componentId;
        PageId = pageId;
        Status = status;
        ChangedAt = changedAt;
    }

    public Guid ComponentId { get; private set; }

    public Guid PageId { get; private set; }

    public ComponentStatus Status { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The incident whose change this was, if any: deleting the incident removes its rows.</summary>
    public Guid? CausedByIncidentId { get; private set; }
}
