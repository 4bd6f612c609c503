using System.Text.Json;
using System.Text.Json.Serialization;
using Incidents.Domain.Pages;
using Incidents.Domain.Pages.Branding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

/// <summary>
/// The page's brand settings as one JSON text column (ADR 0130): a value replaced whole, read with
/// the page (a few hundred bytes), the same on the three providers. The assets' bytes are in
/// PageAssets. "{}" — the default look — is what pages created before branding have.
/// </summary>
internal static class PageBrandingMapping
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Derived properties (Links, IsEmpty) are not stored.
        IgnoreReadOnlyProperties = true,
    };

    public static void Configure(EntityTypeBuilder<StatusPage> builder) =>
        builder
            .Property(p => p.Branding)
            .HasConversion(
                b => Serialize(b),
                s => Deserialize(s),
                new ValueComparer<PageBranding>(
                    (a, b) => Serialize(a!) == Serialize(b!),
                    b => Serialize(b).GetHashCode(StringComparison.Ordinal),
                    b => b
                )
            )
            .IsRequired()
            .HasDefaultValueSql("'{}'");

    private static string Serialize(PageBranding branding) =>
        branding == PageBranding.None ? "{}" : JsonSerializer.Serialize(branding, Json);

    private static PageBranding Deserialize(string json) =>
        JsonSerializer.Deserialize<PageBranding>(json, Json) ?? PageBranding.None;
}
