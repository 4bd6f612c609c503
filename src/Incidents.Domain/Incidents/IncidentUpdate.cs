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
        DateTimeOffset createdAt,
        IReadOnlyDictionary<string, string>? translations = null
    )
        : base(description, notify, createdAt, translations)
    {
        IncidentId = incidentId;
        Status = status;
    }

    public Guid IncidentId { get; private set; }

    public IncidentStatus Status { get; private set; }

    /// <summary>The time shown instead of <see cref="TimelineEntry.CreatedAt"/>, set by a correction.</summary>
    public DateTimeOffset? DisplayAt { get; private set; }

    /// <summary>When the text or the shown time was last corrected (feeds show it as the entry's updated time).</summary>
    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>The time the page shows for this entry.</summary>
    public DateTimeOffset ShownAt => DisplayAt ?? CreatedAt;

    /// <summary>A correction keeps the recorded time (<see cref="TimelineEntry.CreatedAt"/>) and the status.</summary>
    internal void Correct(string description, DateTimeOffset? displayAt, DateTimeOffset now)
    {
        ReplaceDescription(description);
        DisplayAt = displayAt ?? DisplayAt;
        EditedAt = now;
    }
}
