namespace Incidents.Api.OperatorConsole.Models;

/// <summary>A new integration's receiver URL and token, shown once (the token is never stored).</summary>
public sealed record CreatedIntegrationView(Guid Id, string Name, string Url, string Token);
