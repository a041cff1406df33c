namespace Hub.CaseStore.Chat;

/// <summary>
/// One LINE webhook event or Telegram update, stored (sealed: it names the sender) before the channel is answered.
/// The unique (Channel, ExternalId) makes a redelivery a no-op; the conversation engine works through pending rows in order.
/// </summary>
public sealed class ChatInboundEvent
{
    public long Id { get; init; }
    public required string Channel { get; init; }

    /// <summary>LINE webhookEventId or Telegram update_id.</summary>
    public required string ExternalId { get; init; }
    public required byte[] SealedPayload { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public bool WasRedelivered { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime? ProcessedAtUtc { get; set; }

    /// <summary>Error type of the last failed attempt, for operators.</summary>
    public string? LastError { get; set; }
}
