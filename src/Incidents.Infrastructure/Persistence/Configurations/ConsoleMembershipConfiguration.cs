using Incidents.Domain.Pages;
using Incidents.Infrastructure.OperatorConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class ConsoleMembershipConfiguration : IEntityTypeConfiguration<ConsoleMembership>
{
    public void Configure(EntityTypeBuilder<ConsoleMembership> builder)
    {
        builder.ToTable("ConsoleMemberships");
        builder.HasKey(m => new { m.UserId, m.PageId });
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => m.PageId);
        builder
            .HasOne<ConsoleUser>()
            .WithMany()
            .HasForeignKey(m => m.UserId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<StatusPage>()
            .WithMany()
            .HasForeignKey(m => m.PageId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
