namespace Incidents.Domain.ApiKeys;

/// <summary>A newly issued key and its plaintext, which exists only until it is shown once.</summary>
public sealed record IssuedApiKey(ApiKey ApiKey, string PlaintextKey);
