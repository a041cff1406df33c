namespace Hub.CaseStore.Chat;

/// <summary>
/// How to write back to whoever sent a chat complaint: its submission (Channel, ChannelMessageId, the receipt's key)
/// points at a vault entry holding the chat address. Nothing on the complaint or case points here.
/// </summary>
public sealed class ChatReplyRoute
{
    public required string Channel { get; init; }
    public required string ChannelMessageId { get; init; }
    public Guid IdentityId { get; init; }
}
