namespace Incidents.Api.PublicStatus;

/// <summary>
/// Security headers for the public pages and feeds: CSP, Referrer-Policy, frame denial (nosniff is on
/// every answer: <see cref="Common.NoSniffHeader"/>). The admin API and the development-only API
/// reference UI keep their own needs. No inline script or style anywhere, so the policy needs no
/// hashes.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var headers = context.Response.Headers;
        if (path == "/" || path.StartsWithSegments("/status") || path.StartsWithSegments("/admin"))
        {
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
        }

        if (path.StartsWithSegments("/admin"))
        {
            // The console shows what only signed-in people may see: never kept by a cache.
            headers.CacheControl = "no-store";
        }

        // Statuspage's v2 JSON is read by scripts on any site (the status widget uses fetch()); set
        // here, before the cache, so answers served from the cache carry it too.
        if (path.Value?.Contains("/api/v2/", StringComparison.OrdinalIgnoreCase) == true)
        {
            headers.AccessControlAllowOrigin = "*";
        }

        return next(context);
    }
}
