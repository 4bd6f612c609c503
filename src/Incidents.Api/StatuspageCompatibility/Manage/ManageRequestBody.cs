using System.Text.Json;
using System.Text.Json.Nodes;
using Incidents.Application.Common.Exceptions;

namespace Incidents.Api.StatuspageCompatibility.Manage;

/// <summary>
/// Reads a Manage API body as Statuspage clients send it: JSON (with or without Content-Type — the
/// yannh Go SDK sends none) or form encoding with bracketed names
/// (<c>incident[name]=…</c>, <c>incident[components][id]=major_outage</c>, <c>incident[component_ids][]=id</c>;
/// booleans as true/false or t/f), wrapped in <c>{"incident": {…}}</c> and the like.
/// </summary>
internal static class ManageRequestBody
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request, string wrapper) =>
        (await ReadWithRootAsync(request, wrapper)).Body;

    /// <summary>The wrapped object and the whole body (Statuspage puts some fields beside the wrapper).</summary>
    public static async Task<(JsonObject Body, JsonObject Root)> ReadWithRootAsync(
        HttpRequest request,
        string wrapper
    )
    {
        JsonNode? root;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var built = new JsonObject();
            foreach (var (name, values) in form)
            {
                foreach (var value in values)
                {
                    Put(built, Path(name), value ?? string.Empty);
                }
            }

            root = built;
        }
        else
        {
            try
            {
                root = await JsonNode.ParseAsync(
                    request.Body,
                    cancellationToken: request.HttpContext.RequestAborted
                );
            }
            catch (JsonException)
            {
                throw new InvalidRequestException("The request body is not valid JSON.");
            }
        }

        return root is JsonObject whole && whole[wrapper] is JsonObject body
            ? (body, whole)
            : throw new InvalidRequestException($"The body must be {{\"{wrapper}\": {{…}}}}.");
    }

    /// <summary>"incident[components][abc]" → ["incident", "components", "abc"]; "x[]" ends in "".</summary>
    private static List<string> Path(string name)
    {
        var parts = new List<string>();
        var open = name.IndexOf('[', StringComparison.Ordinal);
        parts.Add(open < 0 ? name : name[..open]);
        while (open >= 0)
        {
            var close = name.IndexOf(']', open);
            if (close < 0)
            {
                break;
            }

            parts.Add(name[(open + 1)..close]);
            open = name.IndexOf('[', close);
        }

        return parts;
    }

    private static void Put(JsonObject target, List<string> path, string value)
    {
        JsonObject current = target;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (path[i + 1].Length == 0)
            {
                // name[] → an array of values.
                if (current[path[i]] is not JsonArray array)
                {
                    current[path[i]] = array = [];
                }

                array.Add(value);
                return;
            }

            if (current[path[i]] is not JsonObject next)
            {
                current[path[i]] = next = [];
            }

            current = next;
        }

        current[path[^1]] = value;
    }

    public static string? String(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue(out string? text) ? text
        : body[name] is null ? null
        : body[name]!.ToJsonString();

    public static bool Has(JsonObject body, string name) => body.ContainsKey(name);

    /// <summary>true/false, "true"/"false", "t"/"f", "1"/"0"; null when absent.</summary>
    public static bool? Bool(JsonObject body, string name) =>
        body[name] switch
        {
            null => null,
            JsonValue v when v.TryGetValue(out bool b) => b,
            JsonValue v when v.TryGetValue(out string? s) => s switch
            {
                "true" or "t" or "1" => true,
                "false" or "f" or "0" => false,
                _ => throw new InvalidRequestException($"{name} must be true or false."),
            },
            _ => throw new InvalidRequestException($"{name} must be true or false."),
        };

    public static int? Int(JsonObject body, string name) =>
        body[name] switch
        {
            null => null,
            JsonValue v when v.TryGetValue(out int i) => i,
            JsonValue v when v.TryGetValue(out string? s) && int.TryParse(s, out var parsed) =>
                parsed,
            _ => throw new InvalidRequestException($"{name} must be a number."),
        };

    /// <summary>An array of strings (or of ids in a legacy components array).</summary>
    public static List<string> Strings(JsonObject body, string name) =>
        body[name] switch
        {
            JsonArray array => [.. array.Select(n => n?.ToString() ?? string.Empty)],
            null => [],
            _ => throw new InvalidRequestException($"{name} must be a list."),
        };
}
