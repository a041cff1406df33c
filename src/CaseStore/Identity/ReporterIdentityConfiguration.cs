using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Identity;

sealed class ReporterIdentityConfiguration : IEntityTypeConfiguration<ReporterIdentity>
{
    public void Configure(EntityTypeBuilder<ReporterIdentity> builder)
    {
        builder.ToTable("reporter_identities");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.KeyId).HasMaxLength(64);
        builder.Property(i => i.Pseudonym).HasMaxLength(64);
        builder.HasIndex(i => i.Pseudonym);
    }
}
