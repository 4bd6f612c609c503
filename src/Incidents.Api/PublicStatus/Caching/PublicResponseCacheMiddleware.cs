using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Incidents.Api.PublicStatus.Compression;
using Incidents.Domain.Pages;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Incidents.Api.PublicStatus.Caching;

/// <summary>
/// Serves <see cref="PublicCacheAttribute"/> endpoints from <see cref="PublicResponseCache"/>. The key
/// is the page, the lower-cased path and the known query parameters only: client headers
/// (Cache-Control: no-cache, Pragma, Host, cookies, X-API-KEY) and unknown parameters neither vary
/// nor bypass it, so no client can force the database path. Answers carry a strong ETag (hash of the
/// bytes, one per encoding) and Cache-Control: no-cache, and a matching If-None-Match gets 304. Each
/// entry is stored with its Brotli and gzip forms, negotiated by Accept-Encoding (Vary).
/// </summary>
internal sealed class PublicResponseCacheMiddleware(
    RequestDelegate next,
    PublicResponseCache cache,
    PageDirectory directory,
    IOptions<StatusPageOptions> options
)
{
    /// <summary>The only query parameters that change a public answer.</summary>
    public static readonly string[] KnownQueryKeys = ["page", "month", "status"];

    /// <summary>Renders a request waits for before it renders for itself (each one interrupted by a write).</summary>
    private const int MaxWaits = 3;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (
            !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<PublicCacheAttribute>() is null
        )
        {
            await next(context);
            return;
        }

        var slug = context.GetRouteValue("slug") as string ?? StatusPage.DefaultSlug;
        if (await directory.FindAsync(slug, context.RequestAborted) is not { } pageId)
        {
            await next(context); // an unknown page: a 404, never stored
            return;
        }

        var language = context.Features.Get<IRequestCultureFeature>();
        // One answer per page, path, known parameters and — where the visitor's language applies — language.
        var key = language is null
            ? Key(request)
            : Key(request) + "\nlang=" + language.RequestCulture.UICulture.Name;
        var maxAge = Math.Max(1, options.Value.CacheSeconds) * 1000L;
        var inFlightKey = pageId.ToString("N") + key;
        for (var wait = 1; ; wait++)
        {
            var now = Environment.TickCount64;
            if (cache.TryGet(pageId, key, now, maxAge, out var hit))
            {
                await ServeAsync(context, hit, now);
                return;
            }

            var mine = new TaskCompletionSource<RenderOutcome>(
                TaskCreationOptions.RunContinuationsAsynchronously
            );
            var running = cache.InFlight.GetOrAdd(inFlightKey, mine.Task);
            if (running == mine.Task)
            {
                RenderOutcome rendered = default;
                CachedResponse? own = null;
                try
                {
                    (rendered, own) = await RenderAsync(context, pageId, key);
                }
                finally
                {
                    cache.InFlight.TryRemove(new(inFlightKey, mine.Task));
                    mine.TrySetResult(rendered);
                }

                // The waiters are served first; this request's own answer after them.
                if (own is not null)
                {
                    await ServeAsync(context, own, null);
                }

                return;
            }

            // Someone is rendering this very answer: wait for it rather than hit the database too.
            var outcome = await running;
            if (outcome.Shared is { } shared)
            {
                await ServeAsync(context, shared, Environment.TickCount64);
                return;
            }

            // That render may predate a write that committed while it ran. Look again — a newer
            // entry, or the next render, which starts after this request arrived — instead of
            // each waiter rendering for itself: under a stream of writes, every waiter of every
            // interrupted render went to the database (64 renders for one write at 64 readers).
            if (!outcome.Interrupted || wait == MaxWaits)
            {
                await next(context);
                return;
            }
        }
    }

    /// <summary>
    /// Renders and stores the answer. Returns what the waiters get, and the entry to serve this
    /// request (null when the answer is not for sharing: it was written to the client already).
    /// </summary>
    private async Task<(RenderOutcome Outcome, CachedResponse? Own)> RenderAsync(
        HttpContext context,
        Guid pageId,
        string key
    )
    {
        var version = cache.Version(pageId);
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return (new RenderOutcome(null, Interrupted: false), null);
        }

        var body = buffer.ToArray();
        var hash = SHA256.HashData(body);
        var contentType = response.ContentType ?? "application/octet-stream";
        // Compressed once per entry and coding, when a client first asks for that coding.
        var entry = new CachedResponse(
            EncodedRepresentations.Create(
                body,
                contentType,
                "\"" + Convert.ToHexStringLower(hash, 0, 12) + "\""
            ),
            contentType,
            Environment.TickCount64
        );
        cache.Store(pageId, version, key, entry);
        // Requests that waited for this render may have arrived after a write that it predates:
        // they look again then (see InvokeAsync).
        var outcome =
            cache.Version(pageId) == version
                ? new RenderOutcome(entry, Interrupted: false)
                : new RenderOutcome(null, Interrupted: true);
        return (outcome, entry);
    }

    private static Task ServeAsync(HttpContext context, CachedResponse entry, long? hitAt)
    {
        var headers = context.Response.Headers;
        if (context.Features.Get<IRequestCultureFeature>() is not null)
        {
            // The language comes from ?lang (in the URL), the culture cookie or Accept-Language.
            headers.Vary = "Accept-Language, Cookie";
        }

        // Browsers revalidate every time (cheap: a 304) so an open page is never stale.
        headers.CacheControl = "no-cache";
        if (hitAt is { } now)
        {
            // Only answers from the cache carry Age (as HTTP caches do): it tells a hit from a render.
            headers.Age = ((now - entry.StoredAt) / 1000).ToString(CultureInfo.InvariantCulture);
        }

        return EncodedResponseWriter.WriteAsync(context, entry.Representations, entry.ContentType);
    }

    /// <summary>
    /// The upper-cased path plus the known parameters in a fixed order. Reads the raw query string
    /// without building the request's query collection: junk parameters cost a scan, nothing more.
    /// </summary>
    private static string Key(HttpRequest request)
    {
        var path = request.Path.Value?.ToUpperInvariant() ?? "/";
        var query = request.QueryString.Value;
        if (string.IsNullOrEmpty(query))
        {
            return path;
        }

        var key = new StringBuilder(path);
        // Escaped names or values (p%61ge=2, a+b) go through the same parser model binding uses,
        // so the key always sees what the endpoint will see.
        var escaped = query.AsSpan().IndexOfAny('%', '+') >= 0;
        foreach (var name in KnownQueryKeys)
        {
            var value = escaped
                ? (request.Query.TryGetValue(name, out var values) ? values.ToString() : null)
                : Find(query, name);
            if (value is not null)
            {
                key.Append('\n').Append(name).Append('=').Append(value);
            }
        }

        return key.ToString();
    }

    /// <summary>The raw value of the first <paramref name="name"/>= parameter, or null.</summary>
    private static string? Find(string query, string name)
    {
        var span = query.AsSpan(1); // after '?'
        while (!span.IsEmpty)
        {
            var end = span.IndexOf('&');
            var pair = end < 0 ? span : span[..end];
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return equals < 0 ? string.Empty : pair[(equals + 1)..].ToString();
            }

            span = end < 0 ? [] : span[(end + 1)..];
        }

        return null;
    }
}
