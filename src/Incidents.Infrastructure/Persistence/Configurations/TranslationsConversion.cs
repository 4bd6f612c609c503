using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

/// <summary>
/// Translations (language code → text) are one JSON text column beside the original: read and
/// written with their row, never queried by language, the same on every provider.
/// </summary>
internal static class TranslationsConversion
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static PropertyBuilder<IReadOnlyDictionary<string, string>?> AsTranslations(
        this PropertyBuilder<IReadOnlyDictionary<string, string>?> property
    ) =>
        property.HasConversion(
            v => Write(v),
            s => Read(s),
            new ValueComparer<IReadOnlyDictionary<string, string>?>(
                (a, b) => Write(a) == Write(b),
                v => Write(v) == null ? 0 : Write(v)!.GetHashCode(StringComparison.Ordinal),
                v => v
            )
        );

    private static string? Write(IReadOnlyDictionary<string, string>? value) =>
        value is null || value.Count == 0 ? null : JsonSerializer.Serialize(value, Json);

    private static SortedDictionary<string, string>? Read(string? value) =>
        string.IsNullOrEmpty(value)
            ? null
            : new SortedDictionary<string, string>(
                JsonSerializer.Deserialize<Dictionary<string, string>>(value, Json)!,
                StringComparer.Ordinal
            );
}
