namespace Incidents.Api.StatuspageCompatibility.V2;

public sealed record V2ComponentsResponse(V2Page Page, IReadOnlyList<V2Component> Components);
