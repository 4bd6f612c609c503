using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

/// <summary>
/// The page's access columns (issue 15), kept apart from <see cref="StatusPageConfiguration"/>.
/// The two short lists are one text column each (one entry a line): they are read and written
/// with the page, never queried.
/// </summary>
internal sealed class StatusPageAccessConfiguration : IEntityTypeConfiguration<StatusPage>
{
    public void Configure(EntityTypeBuilder<StatusPage> builder)
    {
        builder
            .Property(p => p.Visibility)
            .HasConversion<string>()
            .HasMaxLength(16)
            .IsRequired()
            .HasDefaultValue(PageVisibility.Public)
            .HasSentinel(PageVisibility.Public);
        builder.Property(p => p.PasswordHash).HasMaxLength(StatusPage.PasswordHashMaxLength);
        builder.Property(p => p.FeedTokenHash).HasMaxLength(StatusPage.FeedTokenHashLength);
        builder.Property(p => p.AccessVersion).IsRequired().HasDefaultValue(0);
        builder.Ignore(p => p.AllowedSignIns);
        builder.Ignore(p => p.IpAllowList);
        Lines(builder, "_allowedSignIns", "AllowedSignIns");
        Lines(builder, "_ipAllowList", "IpAllowList");
    }

    private static void Lines(EntityTypeBuilder<StatusPage> builder, string field, string column) =>
        builder
            .Property<List<string>>(field)
            .HasColumnName(column)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(
                list => string.Join('\n', list),
                text => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, s) => HashCode.Combine(hash, s)),
                    list => list.ToList()
                )
            )
            .IsRequired()
            .HasDefaultValue(new List<string>());
}
