using Incidents.Domain.Pages;

namespace Incidents.Api.PublicStatus.Hosting;

/// <summary>
/// Serves a page at the root of its hostnames by rewriting the path before routing:
/// <c>/</c>, <c>/history…</c>, <c>/incidents/{id}</c>, feeds, badge, calendar, SSE and
/// <c>/api/v2/…</c> become the page's <c>/status/{slug}/…</c> routes, so every public route, its
/// cache entry and its tenancy rules are the ones that already exist. On a page's host, another
/// page's <c>/status/{other}</c> or <c>/api/public/{other}</c> is a 404: one page's host never
/// reads another page's data. Unknown hosts pass through unchanged (default page at <c>/</c>).
/// Runs after the forwarded-headers middleware, so Host is the proxy's X-Forwarded-Host only when
/// that proxy is trusted.
/// </summary>
internal sealed class PageHostMiddleware(RequestDelegate next, PageHostDirectory directory)
{
    private static readonly string[] PageRootPaths =
    [
        "/history",
        "/history.atom",
        "/history.rss",
        "/maintenance.ics",
        "/badge.svg",
        "/events",
    ];

    private static readonly string[] PageRootPrefixes =
    [
        "/incidents/",
        "/maintenance/",
        "/api/v2/",
    ];

    public async Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host;
        if (
            !host.HasValue
            || !PageHostname.TryNormalize(host.Host, out var hostname)
            || await directory.FindSlugAsync(hostname, context.RequestAborted) is not { } slug
        )
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if (ForeignSlug(path, "/status/", slug) || ForeignSlug(path, "/api/public/", slug))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (path == "/")
        {
            request.Path = "/status/" + slug;
        }
        else if (
            PageRootPaths.Contains(path, StringComparer.OrdinalIgnoreCase)
            || PageRootPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))
        )
        {
            request.Path = "/status/" + slug + path;
        }

        await next(context);
    }

    /// <summary>True when <paramref name="path"/> names, under <paramref name="prefix"/>, a slug other than the host's.</summary>
    private static bool ForeignSlug(string path, string prefix, string slug)
    {
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = path.AsSpan(prefix.Length);
        var end = rest.IndexOf('/');
        var named = end < 0 ? rest : rest[..end];
        return !named.Equals(slug, StringComparison.Ordinal);
    }
}
