using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Identity;

/// <summary>One opening of a sealed contact: who needed it, for what, for which complaint. The audit trail of the vault.</summary>
public sealed class IdentityAccess
{
    public long Id { get; init; }
    public Guid IdentityId { get; init; }
    public Guid? ComplaintId { get; init; }
    public required string Purpose { get; init; }
    public DateTime AtUtc { get; init; }
}

sealed class IdentityAccessConfiguration : IEntityTypeConfiguration<IdentityAccess>
{
    public void Configure(EntityTypeBuilder<IdentityAccess> builder)
    {
        builder.ToTable("identity_accesses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Purpose).HasMaxLength(64);
        builder.HasIndex(a => a.IdentityId);
    }
}
