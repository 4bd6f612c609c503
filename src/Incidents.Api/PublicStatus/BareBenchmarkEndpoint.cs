using System.Collections.Concurrent;

namespace Incidents.Api.PublicStatus;

/// <summary>
/// The benchmark's baseline (only with StatusPage:EnableBenchmarkEndpoint): PUT stores bytes, GET
/// serves them with the same content type and no cache, database or view — so wrk can compare the
/// cached public answers with the cheapest possible answer of the same size in the same run.
/// </summary>
internal static class BareBenchmarkEndpoint
{
    private static readonly ConcurrentDictionary<string, (byte[] Body, string ContentType)> Stored =
        new();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(
            "/_bench/bare/{name}",
            async (string name, HttpRequest request) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
                Stored[name] = (buffer.ToArray(), request.ContentType ?? "text/plain");
                return Results.NoContent();
            }
        );
        endpoints.MapGet(
            "/_bench/bare/{name}",
            (string name) =>
                Stored.TryGetValue(name, out var stored)
                    ? Results.Bytes(stored.Body, stored.ContentType)
                    : Results.NotFound()
        );
    }
}
