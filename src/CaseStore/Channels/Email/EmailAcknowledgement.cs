namespace Hub.CaseStore.Channels.Email;

/// <summary>
/// The one acknowledgement e-mail owed for a complaint (the complaint id is the key, so there can never be two).
/// Pending rows are retried with backoff; <see cref="LastError"/> tells operators why one is late. No address here:
/// it is read from the identity vault at send time.
/// </summary>
public sealed class EmailAcknowledgement
{
    public Guid ComplaintId { get; init; }
    public required string ReceiptCode { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime NextAttemptAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentAtUtc { get; set; }

    /// <summary>Set when there is nobody to write to (anonymous, or no address sealed).</summary>
    public string? SkippedReason { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
}
