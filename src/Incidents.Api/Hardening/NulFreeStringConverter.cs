using System.Text.Json;
using System.Text.Json.Serialization;

namespace Incidents.Api.Hardening;

/// <summary>
/// Refuses U+0000 in any JSON string of a request body. PostgreSQL text cannot store it (the
/// insert fails), and no field has a use for it; refusing it at binding time makes it an ordinary
/// 400 on every provider instead of a 500 on one.
/// </summary>
internal sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override string? Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException(
                // The wording InvalidModelStateResponse maps to "The value of 'X' is not valid.".
                "The JSON value could not be converted: NUL characters are not allowed."
            )
            : value;
    }

    public override void Write(
        Utf8JsonWriter writer,
        string value,
        JsonSerializerOptions options
    ) => writer.WriteStringValue(value);
}
