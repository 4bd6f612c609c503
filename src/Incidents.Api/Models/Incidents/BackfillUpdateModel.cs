namespace Incidents.Api.Models.Incidents;

public sealed record BackfillUpdateModel(string? Status, string? Description, DateTimeOffset? At);
