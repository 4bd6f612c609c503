namespace Incidents.Api.StatuspageCompatibility.V2;

/// <summary>summary.json: keys in Statuspage's order.</summary>
public sealed record V2SummaryResponse(
    V2Page Page,
    IReadOnlyList<V2Component> Components,
    IReadOnlyList<V2Incident> Incidents,
    IReadOnlyList<V2Incident> ScheduledMaintenances,
    V2Status Status
);
