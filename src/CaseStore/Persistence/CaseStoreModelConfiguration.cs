using Hub.CaseStore.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Persistence;

sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.FiscalYear, c.Sequence }).IsUnique();
        builder.Property(c => c.Category).HasMaxLength(64);
        builder.Property(c => c.UnitCode).HasMaxLength(32);
        builder.Property(c => c.AccusedUnitCode).HasMaxLength(32);
        builder.HasIndex(c => c.OpenedAtUtc);
        builder.HasMany(c => c.Complaints).WithOne().HasForeignKey(c => c.CaseId);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId);
        builder.HasMany(c => c.Accused).WithOne().HasForeignKey(a => a.CaseId);
        builder.Ignore(c => c.PossibleDuplicates);
    }
}

sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ReceiptCode).HasMaxLength(32);
        builder.HasIndex(c => c.ReceiptCode).IsUnique();
        builder.Property(c => c.Channel).HasMaxLength(32);
        builder.Property(c => c.ChannelMessageId).HasMaxLength(256);
        // A channel's redelivery of one message can never become a second complaint.
        builder.HasIndex(c => new { c.Channel, c.ChannelMessageId }).IsUnique();
        builder.Property(c => c.ContentHash).HasMaxLength(64);
        builder.HasIndex(c => new { c.Channel, c.ContentHash, c.ReceivedAtUtc });
        builder.Property(c => c.Subject).HasMaxLength(512);
        builder.Property(c => c.ReporterPseudonym).HasMaxLength(64);
        builder.HasIndex(c => c.ReporterPseudonym);
        builder.Property(c => c.District).HasMaxLength(128);
        builder.Property(c => c.LinkReason).HasMaxLength(64);
        builder.Property(c => c.LinkEvidence).HasMaxLength(2000);
        builder.Property(c => c.ClassificationSignals).HasMaxLength(4000);
        // the inbox filter "needs screening" looks for these
        builder.HasIndex(c => c.NeedsScreening);
    }
}

sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("case_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasMaxLength(64);
        builder.Property(e => e.Actor).HasMaxLength(128);
    }
}

sealed class CaseNumberCounterConfiguration : IEntityTypeConfiguration<CaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounter> builder)
    {
        builder.ToTable("case_number_counters");
        builder.HasKey(c => c.FiscalYear);
        builder.Property(c => c.FiscalYear).ValueGeneratedNever();
    }
}

sealed class ComplaintReferenceConfiguration : IEntityTypeConfiguration<ComplaintReference>
{
    public void Configure(EntityTypeBuilder<ComplaintReference> builder)
    {
        builder.ToTable("complaint_references");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reference).HasMaxLength(128);
        builder.HasIndex(r => r.Reference);
        builder.HasIndex(r => new { r.ComplaintId, r.Reference }).IsUnique();
        builder.HasOne<Complaint>().WithMany(c => c.References).HasForeignKey(r => r.ComplaintId);
    }
}
