using Incidents.Domain.Common;

namespace Incidents.Domain.Components;

/// <summary>
/// A stretch of a component's past recorded afterwards (a backfilled incident): from
/// <see cref="From"/> to <see cref="To"/> it was at least <see cref="Status"/>. It overlays the
/// status history (<see cref="ComponentStatusChange"/>) worst-wins instead of rewriting it, so
/// deleting the incident takes exactly its stretch away again.
/// </summary>
public sealed class ComponentStatusInterval : Entity
{
    private ComponentStatusInterval() { }

    public ComponentStatusInterval(
        Guid componentId,
        Guid pageId,
        Guid incidentId,
        ComponentStatus status,
        DateTimeOffset from,
        DateTimeOffset to
    )
    {
        if (to <= from)
        {
            throw new ArgumentException("An interval ends after it starts.", nameof(to));
        }

        Id = Guid.CreateVersion7(from);
        ComponentId = componentId;
        PageId = pageId;
        IncidentId = incidentId;
        Status = status;
        From = from;
        To = to;
    }

    public Guid ComponentId { get; private set; }

    public Guid PageId { get; private set; }

    public Guid IncidentId { get; private set; }

    public ComponentStatus Status { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }
}
