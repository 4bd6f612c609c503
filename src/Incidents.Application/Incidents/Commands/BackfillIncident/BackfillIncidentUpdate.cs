namespace Incidents.Application.Incidents.Commands.BackfillIncident;

/// <summary>One update of a backfilled incident, at the time it was posted.</summary>
public sealed record BackfillIncidentUpdate(
    string? Status,
    string? Description,
    DateTimeOffset? At
);
