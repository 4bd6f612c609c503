using System.Globalization;
using Incidents.Application.Integrations.Common;
using Incidents.Domain.Integrations;
using Mediator;

namespace Incidents.Application.Integrations.Queries.AuthenticateIntegration;

public sealed class AuthenticateIntegrationQueryHandler(
    IIntegrationRepository integrations,
    TimeProvider timeProvider
) : IQueryHandler<AuthenticateIntegrationQuery, IntegrationAuthentication>
{
    public async ValueTask<IntegrationAuthentication> Handle(
        AuthenticateIntegrationQuery query,
        CancellationToken cancellationToken
    )
    {
        if (string.IsNullOrEmpty(query.Token))
        {
            return IntegrationAuthentication.Refused(IntegrationAuthentication.InvalidTokenMessage);
        }

        var integration = await integrations.FindAsync(query.IntegrationId, cancellationToken);
        if (integration is null || !integration.IsToken(query.Token))
        {
            return IntegrationAuthentication.Refused(IntegrationAuthentication.InvalidTokenMessage);
        }

        if (integration.Secret is { } secret && !IsSigned(secret, query))
        {
            return IntegrationAuthentication.Refused(
                IntegrationAuthentication.InvalidSignatureMessage
            );
        }

        return new IntegrationAuthentication(
            integration.Id,
            integration.PageId,
            integration.Name,
            integration.Type.ToString(),
            null
        );
    }

    private bool IsSigned(string secret, AuthenticateIntegrationQuery query)
    {
        if (query.Timestamp is { } timestamp)
        {
            if (
                !long.TryParse(
                    timestamp,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var seconds
                )
                || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
                || (
                    timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)
                ).Duration() > GrafanaSignature.MaxClockSkew
            )
            {
                return false;
            }
        }

        return GrafanaSignature.Verify(secret, query.Body.Span, query.Signature, query.Timestamp);
    }
}
