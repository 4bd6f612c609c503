namespace Incidents.Api.Models.Incidents;

/// <summary>Body of PUT /api/admin/Incident/{id}/Updates/{updateId}.</summary>
public sealed record CorrectUpdateModel(string? Description, DateTimeOffset? DisplayAt);
