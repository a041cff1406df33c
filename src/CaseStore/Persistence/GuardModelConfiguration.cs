using Hub.CaseStore.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Persistence;

sealed class ComplaintAttachmentConfiguration : IEntityTypeConfiguration<ComplaintAttachment>
{
    public void Configure(EntityTypeBuilder<ComplaintAttachment> builder)
    {
        builder.ToTable("complaint_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.MediaType).HasMaxLength(128);
        builder.Property(a => a.OriginalName).HasMaxLength(260);
        builder.HasOne<Complaint>().WithMany(c => c.Attachments).HasForeignKey(a => a.ComplaintId);
    }
}

sealed class AccusedPersonConfiguration : IEntityTypeConfiguration<AccusedPerson>
{
    public void Configure(EntityTypeBuilder<AccusedPerson> builder)
    {
        builder.ToTable("accused_persons");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Position).HasMaxLength(200);
        builder.Property(a => a.EmailPseudonym).HasMaxLength(64);
        builder.Property(a => a.PhonePseudonym).HasMaxLength(64);
        builder.HasIndex(a => a.EmailPseudonym);
        builder.HasIndex(a => a.PhonePseudonym);
    }
}
