using System.Net;
using System.Text.Json;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>A parsed answer: status code, the raw JSON, and the envelope's fields.</summary>
public sealed record Envelope(HttpStatusCode Status, string Raw, JsonElement Root)
{
    public bool Success => Root.GetProperty("Success").GetBoolean();

    public string Message => Root.GetProperty("Message").GetString()!;

    public JsonElement Result => Root.GetProperty("Result");

    public bool HasResult => Root.TryGetProperty("Result", out _);

    public static async Task<Envelope> ReadAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.Content.Headers.ContentType?.MediaType == "application/json",
            $"Expected a JSON envelope for {(int)response.StatusCode}, got '{response.Content.Headers.ContentType}': {raw}"
        );
        using var document = JsonDocument.Parse(raw);
        return new Envelope(response.StatusCode, raw, document.RootElement.Clone());
    }
}
