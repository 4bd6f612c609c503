namespace Incidents.Api.Models.Incidents;

/// <summary>Body of POST /api/admin/Incident/{id}/Postmortem/Publish (optional).</summary>
public sealed record PublishPostmortemModel(bool? IsNotify);
