using Microsoft.Net.Http.Headers;

namespace Incidents.Api.PublicStatus.Compression;

/// <summary>Answers from <see cref="EncodedRepresentations"/>: negotiation, Vary, ETag, 304.</summary>
internal static class EncodedResponseWriter
{
    public static async Task WriteAsync(
        HttpContext context,
        EncodedRepresentations representations,
        string contentType
    )
    {
        var (body, encoding) = representations.Choose(context.Request);
        var response = context.Response;
        var headers = response.Headers;
        if (representations.VariesByEncoding)
        {
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }

        headers.ETag = body.ETag;
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (
            ifNoneMatch.Count > 0
            && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var candidates)
            && candidates.Any(c => c.Tag == body.ETag || c.Tag == "*")
        )
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body.Body, context.RequestAborted);
        }
    }
}
