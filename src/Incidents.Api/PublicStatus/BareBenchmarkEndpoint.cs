using System.Collections.Concurrent;

namespace Incidents.Api.PublicStatus;

/// <summary>
/// The benchmark's baseline (only with StatusPage:EnableBenchmarkEndpoint): PUT stores bytes, GET
/// serves them with the same content type and the headers sent as X-Replay-{Name}, and no cache,
/// database or view — so wrk compares the cached public answers with the cheapest possible answer
/// of the same bytes (body and headers) in the same run.
/// </summary>
internal static class BareBenchmarkEndpoint
{
    private const string ReplayPrefix = "X-Replay-";

    private static readonly ConcurrentDictionary<
        string,
        (byte[] Body, string ContentType, KeyValuePair<string, string>[] Headers)
    > Stored = new();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(
            "/_bench/bare/{name}",
            async (string name, HttpRequest request) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
                var replay = request
                    .Headers.Where(h =>
                        h.Key.StartsWith(ReplayPrefix, StringComparison.OrdinalIgnoreCase)
                    )
                    .Select(h =>
                        KeyValuePair.Create(h.Key[ReplayPrefix.Length..], h.Value.ToString())
                    )
                    .ToArray();
                Stored[name] = (buffer.ToArray(), request.ContentType ?? "text/plain", replay);
                return Results.NoContent();
            }
        );
        endpoints.MapGet(
            "/_bench/bare/{name}",
            (string name, HttpResponse response) =>
            {
                if (!Stored.TryGetValue(name, out var stored))
                {
                    return Results.NotFound();
                }

                foreach (var (header, value) in stored.Headers)
                {
                    response.Headers[header] = value;
                }

                return Results.Bytes(stored.Body, stored.ContentType);
            }
        );
    }
}
