using Hub.Contracts.Complaints;

namespace Hub.Ingestion.Chat;

/// <summary>One thing a reporter did in a chat, read from the channel's event: the conversation's only input.</summary>
/// <param name="Address">LINE userId or Telegram chat id; sealed before it is stored anywhere.</param>
/// <param name="Notice">Why Hub could not take what was sent (a file type it refuses), to tell the reporter.</param>
public sealed record ChatMessage(
    string Channel,
    string Address,
    ChatMessageKind Kind,
    DateTimeOffset At,
    string? Text = null,
    AttachmentReference? Attachment = null,
    ComplaintLocation? Location = null,
    string? ReplyToken = null,
    string? Notice = null)
{
    public override string ToString() => $"ChatMessage {{ {Channel} {Kind} }}";
}

public enum ChatMessageKind
{
    Start,
    Text,
    Attachment,
    Location,
    Refused,
}
