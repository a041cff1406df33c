using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Channels;

sealed class TraffyTicketConfiguration : IEntityTypeConfiguration<TraffyTicket>
{
    public void Configure(EntityTypeBuilder<TraffyTicket> builder)
    {
        builder.ToTable("traffy_tickets");
        builder.HasKey(t => t.TicketId);
        builder.Property(t => t.TicketId).HasMaxLength(64);
        builder.Property(t => t.State).HasMaxLength(128);
        builder.Property(t => t.Source).HasMaxLength(16);
        builder.HasIndex(t => t.LastActivityUtc);
    }
}

sealed class IntakeIssueConfiguration : IEntityTypeConfiguration<IntakeIssue>
{
    public void Configure(EntityTypeBuilder<IntakeIssue> builder)
    {
        builder.ToTable("intake_issues");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Channel).HasMaxLength(32);
        builder.Property(i => i.Source).HasMaxLength(512);
        builder.Property(i => i.Location).HasMaxLength(256);
        builder.Property(i => i.Reason).HasMaxLength(2048);
        builder.HasIndex(i => i.AtUtc);
    }
}

sealed class ChannelCursorConfiguration : IEntityTypeConfiguration<ChannelCursor>
{
    public void Configure(EntityTypeBuilder<ChannelCursor> builder)
    {
        builder.ToTable("channel_cursors");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(128);
        builder.Property(c => c.Value).HasMaxLength(512);
    }
}
