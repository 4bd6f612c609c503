namespace Incidents.Api.Models.Integrations;

/// <param name="Url">Where the alert manager posts.</param>
/// <param name="Token">The bearer token, shown this once.</param>
public sealed record CreatedIntegrationModel(Guid Id, string Url, string Token);
