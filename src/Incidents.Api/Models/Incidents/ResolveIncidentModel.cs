using Incidents.Api.OpenApi;

namespace Incidents.Api.Models.Incidents;

public sealed record ResolveIncidentModel(
    [ContractRequired] Guid? IncidentId,
    string? Description,
    bool? IsNotify
);
