namespace Hub.CaseStore.Receipts;

/// <summary>The code a reporter was given, written in the same transaction that made the complaint durable.</summary>
public sealed class Receipt
{
    public required string Code { get; init; }
    public Guid ComplaintId { get; init; }
    public required string Channel { get; init; }

    /// <summary>The channel's own message id: a redelivered message gets its first receipt back.</summary>
    public required string ChannelMessageId { get; init; }
    public DateTime AcceptedAtUtc { get; init; }
}
