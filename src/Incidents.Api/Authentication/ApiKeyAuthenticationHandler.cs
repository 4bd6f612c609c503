using System.Security.Claims;
using System.Text.Encodings.Web;
using Incidents.Api.Common;
using Incidents.Application.ApiKeys.Commands.AuthenticateApiKey;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Incidents.Api.Authentication;

/// <summary>
/// Authenticates the X-API-KEY header (never a query string) by its hash, on every request, so a
/// revoked key stops working at once on every instance.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMediator mediator
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (
            !Request.Headers.TryGetValue(ApiKeyDefaults.HeaderName, out var values)
            || values.Count != 1
        )
        {
            return AuthenticateResult.NoResult();
        }

        var key = await mediator.Send(
            new AuthenticateApiKeyCommand(values[0] ?? string.Empty),
            Context.RequestAborted
        );
        if (key is null)
        {
            return AuthenticateResult.Fail(ApiError.InvalidApiKeyMessage);
        }

        Claim[] claims =
        [
            new(ApiKeyDefaults.ApiKeyIdClaim, key.ApiKeyId.ToString()),
            new(ApiKeyDefaults.PageIdClaim, key.PageId.ToString()),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role.ToString()),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyDefaults.Scheme));
        return AuthenticateResult.Success(
            new AuthenticationTicket(principal, ApiKeyDefaults.Scheme)
        );
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiError.WriteAsync(
            Context,
            StatusCodes.Status401Unauthorized,
            ApiError.InvalidApiKeyMessage
        );

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiError.WriteAsync(Context, StatusCodes.Status403Forbidden, ApiError.ForbiddenMessage);
}
