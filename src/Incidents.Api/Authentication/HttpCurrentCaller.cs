using System.Security.Claims;
using Incidents.Application.Common.Interfaces;

namespace Incidents.Api.Authentication;

/// <summary>The caller of the current HTTP request, from the claims the API-key handler set.</summary>
internal sealed class HttpCurrentCaller(IHttpContextAccessor accessor) : ICurrentCaller
{
    public Guid PageId => Guid.Parse(Claim(ApiKeyDefaults.PageIdClaim));

    public Guid ApiKeyId => Guid.Parse(Claim(ApiKeyDefaults.ApiKeyIdClaim));

    public string ApiKeyName => Claim(ClaimTypes.Name);

    private string Claim(string type) =>
        accessor.HttpContext?.User.FindFirstValue(type)
        ?? throw new InvalidOperationException("No authenticated API key on this request.");
}
