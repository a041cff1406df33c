using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Persistence.Outbox;

sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageType).HasMaxLength(256);
        builder.Property(m => m.LockedBy).HasMaxLength(128);
        builder.Property(m => m.Destination).HasMaxLength(128);
        builder.Property(m => m.TraceParent).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => new { m.DispatchedAtUtc, m.NextAttemptAtUtc });
    }
}
