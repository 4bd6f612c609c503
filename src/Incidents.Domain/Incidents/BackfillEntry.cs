namespace Incidents.Domain.Incidents;

/// <summary>One update of a backfilled incident, at the time it was (or would have been) posted.</summary>
public sealed record BackfillEntry(IncidentStatus Status, string Description, DateTimeOffset At);
