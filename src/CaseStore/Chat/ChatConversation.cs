namespace Hub.CaseStore.Chat;

/// <summary>
/// The running conversation with one chat: the complaint being gathered from its messages, persisted after every
/// message so a restart loses nothing. Found by a keyed fingerprint of the chat address; the address itself is sealed.
/// </summary>
public sealed class ChatConversation
{
    public Guid Id { get; init; }
    public required string Channel { get; init; }
    public required string ChatFingerprint { get; init; }
    public required byte[] SealedAddress { get; set; }
    public ConversationState State { get; set; }

    /// <summary>Identifies the complaint being gathered; its submission id, so a retried submission returns the same receipt.</summary>
    public Guid DraftId { get; set; }
    public string Text { get; set; } = string.Empty;

    /// <summary>JSON array of the evidence already stored for this draft.</summary>
    public string AttachmentsJson { get; set; } = "[]";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? PlaceName { get; set; }
    public bool Anonymous { get; set; }

    /// <summary>Set when the reporter adds to an earlier report: the draft becomes a follow-up of that receipt.</summary>
    public string? FollowsReceipt { get; set; }
    public string? LastReceipt { get; set; }
    public DateTime? DraftStartedAtUtc { get; set; }
    public DateTime LastActivityAtUtc { get; set; }

    /// <summary>LINE's single-use reply token of the latest message, so the next answer can be a free reply.</summary>
    public string? ReplyToken { get; set; }
    public DateTime? ReplyTokenAtUtc { get; set; }
}

public enum ConversationState
{
    Idle,
    Collecting,
    AwaitingConfirmation,
    Confirmed,
}
