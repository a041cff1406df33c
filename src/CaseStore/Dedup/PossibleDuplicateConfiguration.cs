using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Dedup;

sealed class PossibleDuplicateConfiguration : IEntityTypeConfiguration<PossibleDuplicate>
{
    public void Configure(EntityTypeBuilder<PossibleDuplicate> builder)
    {
        builder.ToTable("possible_duplicates");
        builder.HasKey(p => p.Id);
        // one suggestion per pair: a redelivered or re-filed complaint cannot suggest the same pair twice
        builder.HasIndex(p => new { p.ComplaintId, p.SuggestedComplaintId }).IsUnique();
        // the case page and the inbox filter look suggestions up from either side
        builder.HasIndex(p => new { p.SuggestedComplaintId, p.State });
        builder.HasIndex(p => p.State);
        builder.Property(p => p.Evidence).HasMaxLength(2000);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.DecidedBy).HasMaxLength(128);
        builder.Property(p => p.Reason).HasMaxLength(1000);
    }
}
