using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Incidents.Api.PublicStatus.Caching;

/// <summary>
/// Gives every cacheable public answer a strong ETag (a hash of its bytes) and answers a matching
/// If-None-Match with 304. It runs inside the output cache, so the ETag is stored with the entry and
/// the cache itself answers 304 for repeat visitors on a hit.
/// </summary>
internal sealed class EntityTagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var cached =
            context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName
            == StatusPageCachePolicy.Name;
        if (!cached || !HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

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

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var etag = "\"" + Convert.ToHexString(hash, 0, 12).ToLowerInvariant() + "\"";
            context.Response.Headers.ETag = etag;
            // Browsers revalidate every time (cheap: a 304 from the cache) so a page is never stale.
            context.Response.Headers.CacheControl = "no-cache";
            if (
                EntityTagHeaderValue.TryParseList(
                    context.Request.Headers.IfNoneMatch,
                    out var candidates
                ) && candidates.Any(c => c.Tag == etag || c.Tag == "*")
            )
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                return;
            }
        }

        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
