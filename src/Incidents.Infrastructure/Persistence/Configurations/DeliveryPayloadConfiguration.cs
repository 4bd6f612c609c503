using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

internal sealed class DeliveryPayloadConfiguration : IEntityTypeConfiguration<DeliveryPayload>
{
    public void Configure(EntityTypeBuilder<DeliveryPayload> builder)
    {
        builder.ToTable("DeliveryPayloads");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Json).IsRequired();
    }
}
