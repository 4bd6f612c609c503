namespace Incidents.Application.ApiKeys.Commands.CreateApiKey;

/// <summary>A new key; <see cref="Key"/> is shown this once and never stored.</summary>
public sealed record CreatedApiKey(Guid Id, string Key);
