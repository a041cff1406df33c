using System.Text.Json;
using Hub.CaseStore.Chat;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Receipts;
using Hub.Contracts.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Chat;

/// <summary>
/// The conversation rules, the same for LINE and Telegram. Messages are gathered into one draft per chat; a quiet
/// window (<see cref="QuietDrafts"/>) turns it into a confirmation prompt; "ยืนยัน" confirms it and
/// <see cref="DraftSubmitter"/> files it. Changes join the caller's unit of work, so the draft, the replies and the
/// processed mark of the event commit together.
/// </summary>
public sealed class Conversation(HubDbContext db, SealedBlobs blobs, ChatOutbox outbox, ReceiptLookup receipts, IOptions<ChatOptions> options)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ChatConversation> HandleAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var (conversation, isNew) = await FindOrStartAsync(message, cancellationToken);
        conversation.LastActivityAtUtc = message.At.UtcDateTime;
        if (message.ReplyToken is not null)
        {
            conversation.ReplyToken = message.ReplyToken;
            conversation.ReplyTokenAtUtc = message.At.UtcDateTime;
        }

        var command = message.Kind == ChatMessageKind.Text ? ChatCommand.Parse(message.Text ?? string.Empty) : null;
        switch (message.Kind, command)
        {
            case (ChatMessageKind.Start, _) or (_, ChatCommand.Start):
                outbox.Reply(conversation, ChatReplies.Greeting(options.Value.QuietWindow), "greeting");
                break;
            case (ChatMessageKind.Refused, _):
                outbox.Reply(conversation, message.Notice ?? "ไม่รับข้อมูลนี้ / Not accepted.", "refused");
                break;
            case (_, ChatCommand.Status status):
                outbox.Reply(conversation, ChatReplies.Status(await receipts.FindAsync(status.Code, cancellationToken), status.Code), "status");
                break;
            case (_, ChatCommand.Confirm):
                Confirm(conversation);
                break;
            case (_, ChatCommand.Cancel):
                ResetDraft(conversation);
                outbox.Reply(conversation, ChatReplies.Cancelled, "cancelled");
                break;
            case (_, ChatCommand.Anonymous):
                conversation.Anonymous = true;
                outbox.Reply(conversation, ChatReplies.AnonymousSet, "anonymous");
                break;
            case (_, ChatCommand.NewReport):
                conversation.LastReceipt = null;
                conversation.FollowsReceipt = null;
                outbox.Reply(conversation, ChatReplies.NewReport, "new-report");
                break;
            default:
                Gather(conversation, message, isNew);
                break;
        }

        return conversation;
    }

    void Gather(ChatConversation conversation, ChatMessage message, bool isNew)
    {
        var starting = conversation.State is ConversationState.Idle;
        if (starting)
        {
            conversation.DraftStartedAtUtc = message.At.UtcDateTime;
            conversation.FollowsReceipt = conversation.LastReceipt;
        }

        switch (message.Kind)
        {
            case ChatMessageKind.Text:
                conversation.Text = conversation.Text.Length == 0 ? message.Text!.Trim() : conversation.Text + "\n" + message.Text!.Trim();
                break;
            case ChatMessageKind.Attachment:
                var attachments = Attachments(conversation);
                attachments.Add(message.Attachment!);
                conversation.AttachmentsJson = JsonSerializer.Serialize(attachments, Json);
                break;
            case ChatMessageKind.Location:
                conversation.Latitude = message.Location!.Latitude;
                conversation.Longitude = message.Location.Longitude;
                conversation.PlaceName = message.Location.District;
                break;
        }

        // Answering every chat bubble would be noise: the reporter hears once when a draft starts, then at the prompt.
        conversation.State = ConversationState.Collecting;
        if (isNew)
        {
            outbox.Reply(conversation, ChatReplies.Greeting(options.Value.QuietWindow), "greeting");
        }
        else if (starting)
        {
            outbox.Reply(conversation, ChatReplies.Gathering(conversation.FollowsReceipt), "gathering");
        }
    }

    void Confirm(ChatConversation conversation)
    {
        if (conversation.State is ConversationState.Idle || !HasContent(conversation))
        {
            outbox.Reply(conversation, ChatReplies.NothingToSend, "nothing-to-send");
            return;
        }

        conversation.State = ConversationState.Confirmed;
    }

    /// <summary>The confirmation prompt the quiet window leads to.</summary>
    public void Prompt(ChatConversation conversation)
    {
        conversation.State = ConversationState.AwaitingConfirmation;
        outbox.Reply(conversation, ChatReplies.Confirm(conversation.Text.Length, Attachments(conversation).Count,
            conversation.Latitude is not null, conversation.Anonymous, conversation.FollowsReceipt), "confirm-prompt");
    }

    public static List<AttachmentReference> Attachments(ChatConversation conversation) =>
        JsonSerializer.Deserialize<List<AttachmentReference>>(conversation.AttachmentsJson, Json) ?? [];

    public static bool HasContent(ChatConversation conversation) =>
        conversation.Text.Length > 0 || conversation.AttachmentsJson != "[]" || conversation.Latitude is not null;

    public static void ResetDraft(ChatConversation conversation)
    {
        conversation.State = ConversationState.Idle;
        conversation.DraftId = Guid.NewGuid();
        conversation.Text = string.Empty;
        conversation.AttachmentsJson = "[]";
        conversation.Latitude = null;
        conversation.Longitude = null;
        conversation.PlaceName = null;
        conversation.FollowsReceipt = null;
        conversation.DraftStartedAtUtc = null;
    }

    async Task<(ChatConversation Conversation, bool IsNew)> FindOrStartAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var fingerprint = blobs.Fingerprint(message.Channel + ":" + message.Address);
        var existing = await db.ChatConversations.SingleOrDefaultAsync(c => c.Channel == message.Channel && c.ChatFingerprint == fingerprint, cancellationToken);
        if (existing is not null)
        {
            return (existing, false);
        }

        var started = new ChatConversation
        {
            Id = Guid.NewGuid(),
            Channel = message.Channel,
            ChatFingerprint = fingerprint,
            SealedAddress = blobs.SealText(message.Address),
            State = ConversationState.Idle,
            DraftId = Guid.NewGuid(),
            LastActivityAtUtc = message.At.UtcDateTime,
        };
        db.ChatConversations.Add(started);
        return (started, true);
    }
}
