using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Channels.Email;

sealed class EmailMessageRecordConfiguration : IEntityTypeConfiguration<EmailMessageRecord>
{
    public void Configure(EntityTypeBuilder<EmailMessageRecord> builder)
    {
        builder.ToTable("email_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Mailbox).HasMaxLength(128);
        builder.HasIndex(m => new { m.Mailbox, m.UidValidity, m.Uid }).IsUnique();
        builder.Property(m => m.ChannelMessageId).HasMaxLength(256);
        builder.HasIndex(m => m.ChannelMessageId);
        builder.Property(m => m.Outcome).HasMaxLength(16);
        builder.Property(m => m.Reason).HasMaxLength(1000);
        builder.Property(m => m.AuthenticationResults).HasMaxLength(2000);
        builder.HasIndex(m => new { m.Outcome, m.HandledAtUtc });
    }
}

sealed class MailboxCursorConfiguration : IEntityTypeConfiguration<MailboxCursor>
{
    public void Configure(EntityTypeBuilder<MailboxCursor> builder)
    {
        builder.ToTable("email_mailbox_cursors");
        builder.HasKey(c => c.Mailbox);
        builder.Property(c => c.Mailbox).HasMaxLength(128);
    }
}

sealed class EmailAcknowledgementConfiguration : IEntityTypeConfiguration<EmailAcknowledgement>
{
    public void Configure(EntityTypeBuilder<EmailAcknowledgement> builder)
    {
        builder.ToTable("email_acknowledgements");
        builder.HasKey(a => a.ComplaintId);
        builder.Property(a => a.ComplaintId).ValueGeneratedNever();
        builder.Property(a => a.ReceiptCode).HasMaxLength(32);
        builder.Property(a => a.LastError).HasMaxLength(1000);
        builder.Property(a => a.SkippedReason).HasMaxLength(200);
        builder.Property(a => a.LockedBy).HasMaxLength(128);
        builder.HasIndex(a => new { a.SentAtUtc, a.NextAttemptAtUtc });
    }
}
