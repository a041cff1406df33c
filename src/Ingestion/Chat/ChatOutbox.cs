using Hub.CaseStore.Chat;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;

namespace Hub.Ingestion.Chat;

/// <summary>Queues a message to a chat in the caller's unit of work; the sender delivers it after commit.</summary>
public sealed class ChatOutbox(HubDbContext db, SealedBlobs blobs, TimeProvider clock)
{
    public void Add(string channel, byte[] sealedAddress, string text, string purpose, string? replyToken = null, DateTime? replyTokenAtUtc = null, Guid? id = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChatOutboundMessages.Add(new ChatOutboundMessage
        {
            Id = id ?? Guid.NewGuid(),
            Channel = channel,
            SealedAddress = sealedAddress,
            ReplyToken = replyToken,
            ReplyTokenAtUtc = replyToken is null ? null : replyTokenAtUtc ?? now,
            Text = text,
            Purpose = purpose,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        });
    }

    public void Add(string channel, string address, string text, string purpose, Guid? id = null) =>
        Add(channel, blobs.SealText(address), text, purpose, id: id);

    /// <summary>Answers the conversation's latest message, using its LINE reply token while it is fresh.</summary>
    public void Reply(ChatConversation conversation, string text, string purpose)
    {
        Add(conversation.Channel, conversation.SealedAddress, text, purpose, conversation.ReplyToken, conversation.ReplyTokenAtUtc);
        // A reply token is single-use: a second answer to the same message is pushed.
        conversation.ReplyToken = null;
        conversation.ReplyTokenAtUtc = null;
    }
}
