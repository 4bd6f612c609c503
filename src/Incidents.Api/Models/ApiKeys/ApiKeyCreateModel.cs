namespace Incidents.Api.Models.ApiKeys;

/// <param name="Role">Read, Write or Admin.</param>
public sealed record ApiKeyCreateModel(string? Name, string? Role);
