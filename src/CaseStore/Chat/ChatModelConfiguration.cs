using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Chat;

sealed class ChatInboundEventConfiguration : IEntityTypeConfiguration<ChatInboundEvent>
{
    public void Configure(EntityTypeBuilder<ChatInboundEvent> builder)
    {
        builder.ToTable("chat_inbound_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Channel).HasMaxLength(32);
        builder.Property(e => e.ExternalId).HasMaxLength(128);
        builder.Property(e => e.LastError).HasMaxLength(512);
        builder.HasIndex(e => new { e.Channel, e.ExternalId }).IsUnique();
        builder.HasIndex(e => new { e.ProcessedAtUtc, e.NextAttemptAtUtc });
    }
}

sealed class ChatConversationConfiguration : IEntityTypeConfiguration<ChatConversation>
{
    public void Configure(EntityTypeBuilder<ChatConversation> builder)
    {
        builder.ToTable("chat_conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Channel).HasMaxLength(32);
        builder.Property(c => c.ChatFingerprint).HasMaxLength(64);
        builder.HasIndex(c => new { c.Channel, c.ChatFingerprint }).IsUnique();
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(c => new { c.State, c.LastActivityAtUtc });
        builder.Property(c => c.PlaceName).HasMaxLength(256);
        builder.Property(c => c.FollowsReceipt).HasMaxLength(32);
        builder.Property(c => c.LastReceipt).HasMaxLength(32);
        builder.Property(c => c.ReplyToken).HasMaxLength(256);
    }
}

sealed class ChatOutboundMessageConfiguration : IEntityTypeConfiguration<ChatOutboundMessage>
{
    public void Configure(EntityTypeBuilder<ChatOutboundMessage> builder)
    {
        builder.ToTable("chat_outbound_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Channel).HasMaxLength(32);
        builder.Property(m => m.ReplyToken).HasMaxLength(256);
        builder.Property(m => m.Purpose).HasMaxLength(32);
        builder.Property(m => m.LastError).HasMaxLength(512);
        builder.HasIndex(m => new { m.SentAtUtc, m.FailedAtUtc, m.NextAttemptAtUtc });
    }
}

sealed class ChatReplyRouteConfiguration : IEntityTypeConfiguration<ChatReplyRoute>
{
    public void Configure(EntityTypeBuilder<ChatReplyRoute> builder)
    {
        builder.ToTable("chat_reply_routes");
        builder.HasKey(r => new { r.Channel, r.ChannelMessageId });
        builder.Property(r => r.Channel).HasMaxLength(32);
        builder.Property(r => r.ChannelMessageId).HasMaxLength(256);
    }
}
