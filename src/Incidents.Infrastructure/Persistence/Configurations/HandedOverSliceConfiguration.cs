using Incidents.Infrastructure.Persistence.Deliveries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class HandedOverSliceConfiguration : IEntityTypeConfiguration<HandedOverSlice>
{
    public void Configure(EntityTypeBuilder<HandedOverSlice> builder)
    {
        builder.ToTable("HandedOverSlices");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.EventType).HasMaxLength(50).IsRequired();
        builder.Property(s => s.Members).IsRequired();
        builder.Property(s => s.LockedBy).HasMaxLength(100);
        // No index but the key: the table holds a few rows at a time (one per slice in flight),
        // each written and deleted once.
    }
}
