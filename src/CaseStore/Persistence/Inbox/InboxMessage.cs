namespace Hub.CaseStore.Persistence.Inbox;

/// <summary>A message a consumer has already applied; written in the same transaction as its effect.</summary>
public sealed class InboxMessage
{
    public required string Consumer { get; init; }
    public Guid MessageId { get; init; }
    public DateTime ProcessedAtUtc { get; init; }
}
