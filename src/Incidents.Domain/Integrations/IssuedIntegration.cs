namespace Incidents.Domain.Integrations;

/// <summary>A new integration and its token, which exists in plaintext only here.</summary>
public sealed record IssuedIntegration(Integration Integration, string PlaintextToken);
