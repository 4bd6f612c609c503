namespace Incidents.Api.StatuspageCompatibility.V2;

public sealed record V2StatusResponse(V2Page Page, V2Status Status);
