namespace Incidents.Api.StatuspageCompatibility.V2;

public sealed record V2IncidentResponse(V2Page Page, V2Incident Incident);
