using System.Security.Claims;
using Incidents.Application.Audit.Common;

namespace Incidents.Api.Authentication;

/// <summary>The authenticated key of the current request, or null (CLI, startup, the key lookup itself).</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public AuditActorInfo? Current
    {
        get
        {
            var context = accessor.HttpContext;
            var user = context?.User;
            if (
                user?.Identity?.IsAuthenticated != true
                || !Guid.TryParse(user.FindFirstValue(ApiKeyDefaults.PageIdClaim), out var pageId)
                || !Guid.TryParse(user.FindFirstValue(ApiKeyDefaults.ApiKeyIdClaim), out var keyId)
            )
            {
                return null;
            }

            return new AuditActorInfo(
                pageId,
                keyId,
                user.FindFirstValue(ClaimTypes.Name) ?? string.Empty,
                context!.TraceIdentifier
            );
        }
    }
}
