using System.Text.Json;
using Incidents.Domain.Integrations;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class IntegrationConfiguration : IEntityTypeConfiguration<Integration>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public void Configure(EntityTypeBuilder<Integration> builder)
    {
        builder.ToTable("Integrations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Name).HasMaxLength(Integration.NameMaxLength).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Secret).HasMaxLength(Integration.SecretMaxLength);
        // The rules are read and replaced whole with their integration, never queried: one JSON text
        // column is simpler than owned JSON types with a dictionary inside, on all three providers.
        builder
            .Property<List<AlertRule>>("_rules")
            .HasColumnName("Rules")
            .HasConversion(
                rules => JsonSerializer.Serialize(rules, Json),
                text => JsonSerializer.Deserialize<List<AlertRule>>(text, Json) ?? new(),
                new ValueComparer<List<AlertRule>>(
                    (a, b) => a!.SequenceEqual(b!),
                    rules => rules.Aggregate(0, (hash, r) => HashCode.Combine(hash, r)),
                    rules => rules.ToList()
                )
            )
            .IsRequired();
        builder
            .Property(i => i.Default)
            .HasConversion(
                rule => rule == null ? null : JsonSerializer.Serialize(rule, Json),
                text => text == null ? null : JsonSerializer.Deserialize<AlertRule>(text, Json)
            );
        builder.Ignore(i => i.Rules);
        builder.Ignore(i => i.DomainEvents);
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(i => i.PageId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.PageId);
    }
}
