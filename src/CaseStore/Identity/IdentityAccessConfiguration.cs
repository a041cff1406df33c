using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Identity;

sealed class IdentityAccessConfiguration : IEntityTypeConfiguration<IdentityAccess>
{
    public void Configure(EntityTypeBuilder<IdentityAccess> builder)
    {
        builder.ToTable("identity_access_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Purpose).HasMaxLength(64);
        builder.Property(a => a.Actor).HasMaxLength(128);
        builder.HasIndex(a => a.IdentityId);
        builder.HasIndex(a => a.ComplaintId);
    }
}
