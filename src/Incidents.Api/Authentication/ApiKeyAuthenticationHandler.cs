using System.Security.Claims;
using System.Text.Encodings.Web;
using Incidents.Api.Common;
using Incidents.Application.ApiKeys.Commands.AuthenticateApiKey;
using Incidents.Domain.ApiKeys;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Incidents.Api.Authentication;

/// <summary>
/// Authenticates the X-API-KEY header (never a query string) by its hash. A valid key is kept in
/// <see cref="ApiKeyCache"/> for a few seconds; revoking it evicts it at commit here and on the
/// other instances (Redis event bus), so a revoked key stops working at once (ADR 0101).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IMediator mediator,
    ApiKeyCache cache
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

        var presented = values[0] ?? string.Empty;
        var hash =
            cache.Enabled && presented.Length is > 0 and <= 512
                ? ApiKey.ComputeHash(presented)
                : null;
        var key = hash is null ? null : cache.Find(hash);
        if (key is null)
        {
            var generation = cache.Generation;
            key = await mediator.Send(
                new AuthenticateApiKeyCommand(presented),
                Context.RequestAborted
            );
            if (key is null)
            {
                return AuthenticateResult.Fail(ApiError.InvalidApiKeyMessage);
            }

            if (hash is not null)
            {
                cache.Store(hash, key, generation);
            }
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
