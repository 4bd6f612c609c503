using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>One entry of an incident's timeline, with the status the incident had at that entry.</summary>
public sealed class IncidentUpdate : TimelineEntry
{
    private IncidentUpdate() { }

    internal IncidentUpdate(
        Guid incidentId,
        IncidentStatus status,
        string description,
        bool notify,
        DateTimeOffset createdAt
    )
        : base(description, notify, createdAt)
    {
        IncidentId = incidentId;
        Status = status;
    }

    public Guid IncidentId { get; private set; }

    public IncidentStatus Status { get; private set; }
}
