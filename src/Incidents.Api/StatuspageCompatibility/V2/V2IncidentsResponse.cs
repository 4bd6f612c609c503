namespace Incidents.Api.StatuspageCompatibility.V2;

public sealed record V2IncidentsResponse(V2Page Page, IReadOnlyList<V2Incident> Incidents);
