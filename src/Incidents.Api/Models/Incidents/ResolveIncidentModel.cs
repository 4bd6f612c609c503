namespace Incidents.Api.Models.Incidents;

public sealed record ResolveIncidentModel(Guid? IncidentId, string? Description, bool? IsNotify);
