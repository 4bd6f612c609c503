using Mediator;

namespace Incidents.Application.Integrations.Queries.AuthenticateIntegration;

/// <summary>
/// A receiver's credentials: the bearer token, and for Grafana with a secret the signature over
/// the raw body (and the signed timestamp, when sent).
/// </summary>
public sealed record AuthenticateIntegrationQuery(
    Guid IntegrationId,
    string? Token,
    ReadOnlyMemory<byte> Body,
    string? Signature,
    string? Timestamp
) : IQuery<IntegrationAuthentication>;
