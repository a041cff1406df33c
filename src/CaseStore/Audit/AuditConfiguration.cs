using Hub.CaseStore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Audit;

sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        // The sequence is assigned by the appender, never by the database, so two writers racing for one link collide.
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.Actor).HasMaxLength(128);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.CaseId).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
    }
}

sealed class IdentityRevealRequestConfiguration : IEntityTypeConfiguration<IdentityRevealRequest>
{
    public void Configure(EntityTypeBuilder<IdentityRevealRequest> builder)
    {
        builder.ToTable("identity_reveal_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RequestedBy).HasMaxLength(128);
        builder.Property(r => r.ApprovedBy).HasMaxLength(128);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.HasIndex(r => r.CaseId);
    }
}
