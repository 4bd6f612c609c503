namespace Incidents.Application.Integrations.Commands.CreateIntegration;

/// <summary>A new integration; <see cref="Token"/> is shown this once and never stored.</summary>
public sealed record CreatedIntegration(Guid Id, string Type, string Token);
