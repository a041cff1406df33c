using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Staff.Mail;

sealed class StaffMailConfiguration : IEntityTypeConfiguration<StaffMail>
{
    public void Configure(EntityTypeBuilder<StaffMail> builder)
    {
        builder.ToTable("staff_mail");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasMaxLength(64);
        builder.Property(m => m.ToAddress).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(256);
        builder.Property(m => m.LastError).HasMaxLength(256);
        builder.Property(m => m.LockedBy).HasMaxLength(128);
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
    }
}
