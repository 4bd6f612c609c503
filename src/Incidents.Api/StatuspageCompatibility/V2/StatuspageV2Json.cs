using System.Text.Encodings.Web;
using System.Text.Json;

namespace Incidents.Api.StatuspageCompatibility.V2;

/// <summary>snake_case keys in declaration order, nulls written (never omitted), as Statuspage writes.</summary>
internal static class StatuspageV2Json
{
    public const string ContentType = "application/json; charset=utf-8";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // "+02:00", "<", "&" as Statuspage writes them, not \u002B: the answer is application/json
        // with nosniff, never embedded in HTML, so HTML-sensitive characters need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
