using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

/// <summary>One entry of an incident's timeline. Entries are appended, never changed.</summary>
public sealed class IncidentUpdate : Entity
{
    private IncidentUpdate() { }

    internal IncidentUpdate(
        Guid incidentId,
        IncidentStatus status,
        string description,
        bool notify,
        DateTimeOffset createdAt
    )
    {
        Id = Guid.CreateVersion7(createdAt);
        IncidentId = incidentId;
        Status = status;
        Description = description;
        Notify = notify;
        CreatedAt = createdAt;
    }

    public Guid IncidentId { get; private set; }

    public IncidentStatus Status { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public bool Notify { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
