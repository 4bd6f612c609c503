namespace Incidents.Api.Models.Incidents;

/// <summary>Body of PUT /api/admin/Incident/{id}/Postmortem: the draft, in Markdown.</summary>
public sealed record PostmortemModel(string? Body);
