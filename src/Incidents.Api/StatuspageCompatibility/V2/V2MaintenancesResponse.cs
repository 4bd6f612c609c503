namespace Incidents.Api.StatuspageCompatibility.V2;

public sealed record V2MaintenancesResponse(
    V2Page Page,
    IReadOnlyList<V2Incident> ScheduledMaintenances
);
