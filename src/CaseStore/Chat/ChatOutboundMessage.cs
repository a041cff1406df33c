namespace Hub.CaseStore.Chat;

/// <summary>
/// A message Hub owes a chat, written in the transaction that decided to send it and sent by the chat sender until it
/// succeeds. The id is LINE's X-Line-Retry-Key, so a retried push is never delivered twice.
/// </summary>
public sealed class ChatOutboundMessage
{
    public Guid Id { get; init; }
    public required string Channel { get; init; }

    /// <summary>Sealed chat address; cleared once sent, so delivered messages keep no address.</summary>
    public byte[]? SealedAddress { get; set; }
    public string? ReplyToken { get; set; }
    public DateTime? ReplyTokenAtUtc { get; init; }
    public required string Text { get; init; }

    /// <summary>Why it is sent (greeting, prompt, receipt, status, relay, …), for operators.</summary>
    public required string Purpose { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }

    /// <summary>Set when the channel refused it for good (blocked bot, bad address); operators see it, nothing retries it.</summary>
    public DateTime? FailedAtUtc { get; set; }
    public string? LastError { get; set; }
}
