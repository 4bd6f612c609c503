using System.Text.Json;
using System.Text.Json.Nodes;
using Incidents.Api.Authentication;
using Microsoft.Extensions.Primitives;

namespace Incidents.Api.StatuspageCompatibility.Manage;

/// <summary>
/// The edge of Statuspage's Manage API (<c>/v1/…</c>), so that everything behind it is our own
/// pipeline (authentication, roles, rate limits, idempotency, audit): it drops a <c>.json</c>
/// suffix from the path; takes the key from <c>Authorization: OAuth|Bearer &lt;key&gt;</c> (any case) or
/// <c>?api_key=</c> — the one place a key may come in a query string — into X-API-KEY and removes it
/// from the query string (so nothing downstream, logs included, sees it); and rewrites our error
/// envelope into Statuspage's <c>{"error": …, "message": …}</c>, keeping the status code (and
/// Retry-After on 429).
/// </summary>
internal sealed class ManageApiAdapterMiddleware(RequestDelegate next)
{
    public const string Prefix = "/v1";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var path = request.Path.Value!;
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            request.Path = path[..^".json".Length];
        }

        TakeKey(request);
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
        if (response.StatusCode >= 400)
        {
            var body = ToStatuspageError(response.StatusCode, buffer.ToArray());
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            await original.WriteAsync(body, context.RequestAborted);
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static void TakeKey(HttpRequest request)
    {
        string? key = null;
        var authorization = request.Headers.Authorization.ToString();
        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            var scheme = authorization[..space];
            if (
                scheme.Equals("OAuth", StringComparison.OrdinalIgnoreCase)
                || scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            )
            {
                key = authorization[(space + 1)..].Trim();
            }
        }

        if (request.Query.TryGetValue("api_key", out var fromQuery))
        {
            key ??= fromQuery.ToString();
            var rest = request.Query.Where(q => q.Key != "api_key").ToList();
            request.QueryString = QueryString.Create(
                rest.SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
            );
        }

        request.Headers.Remove(ApiKeyDefaults.HeaderName);
        if (!string.IsNullOrEmpty(key))
        {
            request.Headers[ApiKeyDefaults.HeaderName] = new StringValues(key);
        }
    }

    private static byte[] ToStatuspageError(int status, byte[] envelope)
    {
        var message = status switch
        {
            401 => "Could not authenticate",
            403 => "You are not allowed to do this",
            404 => "The requested resource could not be found",
            429 => "Rate limit exceeded",
            _ => "The request was not valid",
        };
        try
        {
            if (
                envelope.Length > 0
                && JsonNode.Parse(envelope) is JsonObject json
                && json["Message"]?.GetValue<string>() is { Length: > 0 } ours
            )
            {
                message = ours;
            }
        }
        catch (JsonException)
        {
            // Not our envelope: keep the generic message.
        }

        var error = status switch
        {
            401 => "unauthorized",
            403 => "forbidden",
            404 => "not_found",
            429 => "rate_limited",
            422 => "unprocessable_entity",
            _ => "bad_request",
        };
        return JsonSerializer.SerializeToUtf8Bytes(
            new JsonObject { ["error"] = error, ["message"] = message }
        );
    }
}
