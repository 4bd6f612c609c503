using System.Security.Claims;
using System.Text.Encodings.Web;
using Incidents.Api.Common;
using Incidents.Application.Integrations.Common;
using Incidents.Application.Integrations.Queries.AuthenticateIntegration;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Incidents.Api.Authentication;

/// <summary>
/// Authenticates an alert receiver: the integration named by the route's <c>{id}</c>, the
/// <c>Authorization: Bearer</c> token Alertmanager's <c>http_config.authorization</c> and Grafana
/// send, and — for a Grafana integration with a secret — the HMAC of the raw body. The caller
/// becomes the integration (its page, its id and name in the audit trail), so the commands it
/// sends run exactly as the admin API's do.
/// </summary>
internal sealed class IntegrationTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMediator mediator
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "IntegrationToken";
    public const string Role = "Integration";
    private const string FailureItem = "incidents:integration-auth-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Guid.TryParse(Context.GetRouteValue("id") as string, out var integrationId))
        {
            return Fail(IntegrationAuthentication.InvalidTokenMessage);
        }

        var token = BearerToken();
        if (token is null)
        {
            return Fail(IntegrationAuthentication.InvalidTokenMessage);
        }

        // The signature covers the raw bytes: keep them for the model binder to read again.
        Request.EnableBuffering();
        using var body = new MemoryStream();
        await Request.Body.CopyToAsync(body, Context.RequestAborted);
        Request.Body.Position = 0;

        var result = await mediator.Send(
            new AuthenticateIntegrationQuery(
                integrationId,
                token,
                body.GetBuffer().AsMemory(0, (int)body.Length),
                Request.Headers[GrafanaSignature.HeaderName].FirstOrDefault(),
                Request.Headers[GrafanaSignature.TimestampHeaderName].FirstOrDefault()
            ),
            Context.RequestAborted
        );
        if (!result.Succeeded)
        {
            return Fail(result.Failure!);
        }

        Claim[] claims =
        [
            new(ApiKeyDefaults.ApiKeyIdClaim, result.IntegrationId.ToString()),
            new(ApiKeyDefaults.PageIdClaim, result.PageId.ToString()),
            new(ClaimTypes.Name, $"{result.Type} integration {result.Name}"),
            new(ClaimTypes.Role, Role),
        ];
        return AuthenticateResult.Success(
            new AuthenticationTicket(
                new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)),
                SchemeName
            )
        );
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiError.WriteAsync(
            Context,
            StatusCodes.Status401Unauthorized,
            Context.Items[FailureItem] as string ?? IntegrationAuthentication.InvalidTokenMessage
        );

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiError.WriteAsync(Context, StatusCodes.Status403Forbidden, ApiError.ForbiddenMessage);

    private AuthenticateResult Fail(string message)
    {
        Context.Items[FailureItem] = message;
        return AuthenticateResult.Fail(message);
    }

    private string? BearerToken()
    {
        var header = Request.Headers[HeaderNames.Authorization];
        if (header.Count != 1 || header[0] is not { } value)
        {
            return null;
        }

        const string prefix = "Bearer ";
        return value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? value[prefix.Length..].Trim()
            : null;
    }
}
