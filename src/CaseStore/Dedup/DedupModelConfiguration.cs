using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Dedup;

sealed class StoredFingerprintConfiguration : IEntityTypeConfiguration<StoredFingerprint>
{
    public void Configure(EntityTypeBuilder<StoredFingerprint> builder)
    {
        builder.ToTable("dedup_fingerprints");
        builder.HasKey(f => f.ComplaintId);
        builder.Property(f => f.Channel).HasMaxLength(32);
        builder.Property(f => f.ReporterKey).HasMaxLength(64);
        builder.Property(f => f.Unit).HasMaxLength(32);
        builder.Property(f => f.Category).HasMaxLength(64);
    }
}

sealed class FingerprintKeyConfiguration : IEntityTypeConfiguration<FingerprintKey>
{
    public void Configure(EntityTypeBuilder<FingerprintKey> builder)
    {
        builder.ToTable("dedup_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Key).HasMaxLength(256);
        // candidates are looked up by key, newest first
        builder.HasIndex(k => new { k.Key, k.Id });
        builder.HasIndex(k => k.ComplaintId);
    }
}

sealed class DedupTermConfiguration : IEntityTypeConfiguration<DedupTerm>
{
    public void Configure(EntityTypeBuilder<DedupTerm> builder)
    {
        builder.ToTable("dedup_terms");
        builder.HasKey(t => t.Term);
        builder.Property(t => t.Term).HasMaxLength(256);
    }
}

sealed class SplitPairConfiguration : IEntityTypeConfiguration<SplitPair>
{
    public void Configure(EntityTypeBuilder<SplitPair> builder)
    {
        builder.ToTable("case_splits");
        builder.HasKey(s => new { s.ComplaintA, s.ComplaintB });
        builder.HasIndex(s => s.ComplaintB);
        builder.Property(s => s.Actor).HasMaxLength(128);
        builder.Property(s => s.Reason).HasMaxLength(1000);
    }
}
