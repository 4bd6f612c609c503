using System.Security.Claims;
using Incidents.Api.Authentication;
using Microsoft.AspNetCore.Authentication;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Gives a console session, on a page route (<c>/admin/{slug}/…</c>), the same claims an API key of
/// that page carries — page id, caller id (the user), name (the email) and role — so the admin API's
/// policies, <c>ICurrentCaller</c> and the audit actor apply unchanged (ADR 110). Without a role on
/// the page the principal gets none, and every page policy refuses it.
/// </summary>
internal sealed class ConsoleClaimsTransformation(
    IHttpContextAccessor accessor,
    ConsoleDirectory directory
) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (
            principal.Identity
                is not { IsAuthenticated: true, AuthenticationType: ConsoleAuth.Scheme }
            || principal.HasClaim(c => c.Type == ApiKeyDefaults.PageIdClaim)
            || accessor.HttpContext is not { } context
            || context.GetRouteValue("slug") is not string slug
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
        )
        {
            return principal;
        }

        var access = await directory.FindAccessAsync(userId, slug, context.RequestAborted);
        if (access is null)
        {
            return principal;
        }

        context.Items[typeof(ConsolePageAccess)] = access;
        var transformed = principal.Clone();
        transformed.AddIdentity(
            new ClaimsIdentity([
                new Claim(ApiKeyDefaults.PageIdClaim, access.PageId.ToString()),
                new Claim(ApiKeyDefaults.ApiKeyIdClaim, userId.ToString()),
                new Claim(ClaimTypes.Role, access.Role.ToString()),
            ])
        );
        return transformed;
    }
}
