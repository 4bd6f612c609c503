using Incidents.Domain.Pages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Incidents.Api.PublicStatus.Caching;

/// <summary>
/// The public read cache. The key is the path plus the known query parameters only; client headers
/// (Cache-Control: no-cache, Pragma, Host, cookies, X-API-KEY) never vary or bypass it, so no
/// client can force the database path. Entries are tagged with their page and evicted by
/// <see cref="StatusPageCacheEvictor"/> on every committed write.
/// </summary>
internal sealed class StatusPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "StatusPage";

    /// <summary>The only query parameters that change a public answer.</summary>
    public static readonly string[] KnownQueryKeys = ["page", "month"];

    private const string VersionItem = "StatusPage.Version";
    private const string PageItem = "StatusPage.PageId";

    public async ValueTask CacheRequestAsync(
        OutputCacheContext context,
        CancellationToken cancellation
    )
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        var slug = http.GetRouteValue("slug") as string ?? StatusPage.DefaultSlug;
        var directory = http.RequestServices.GetRequiredService<PageDirectory>();
        if (await directory.FindAsync(slug, cancellation) is not { } pageId)
        {
            return; // unknown page: a 404, never stored
        }

        var options = http.RequestServices.GetRequiredService<IOptions<StatusPageOptions>>().Value;
        http.Items[PageItem] = pageId;
        http.Items[VersionItem] = directory.Version(pageId);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(
            Math.Max(1, options.CacheSeconds)
        );
        context.CacheVaryByRules.VaryByHost = false;
        context.CacheVaryByRules.QueryKeys = KnownQueryKeys;
        context.Tags.Add(PageDirectory.Tag(pageId));
    }

    public ValueTask ServeFromCacheAsync(
        OutputCacheContext context,
        CancellationToken cancellation
    ) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var response = http.Response;
        var stale =
            http.Items[PageItem] is Guid pageId
            && http.Items[VersionItem] is long version
            && http.RequestServices.GetRequiredService<PageDirectory>().Version(pageId) != version;
        // A write that committed while this response was being rendered already evicted the tag:
        // storing this (possibly older) answer would undo the eviction.
        if (
            stale
            || response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
        )
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
