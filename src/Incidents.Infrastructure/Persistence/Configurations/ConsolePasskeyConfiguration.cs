using Incidents.Infrastructure.OperatorConsole;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incidents.Infrastructure.Persistence.Configurations;

/// <summary>
/// Identity's passkeys table, configured here rather than by Identity's schema version 3: the base
/// context picks its schema version from the runtime's IdentityOptions, which design-time
/// migrations do not have, so the model would differ between the two (ADR 110).
/// </summary>
internal sealed class ConsolePasskeyConfiguration
    : IEntityTypeConfiguration<IdentityUserPasskey<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserPasskey<Guid>> builder)
    {
        builder.ToTable("AspNetUserPasskeys");
        builder.HasKey(p => p.CredentialId);
        // WebAuthn credential ids are at most 1023 bytes.
        builder.Property(p => p.CredentialId).HasMaxLength(1024);
        builder.OwnsOne(p => p.Data).ToJson();
        builder.HasOne<ConsoleUser>().WithMany().HasForeignKey(p => p.UserId).IsRequired();
    }
}
