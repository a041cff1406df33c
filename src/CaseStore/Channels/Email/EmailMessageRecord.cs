namespace Hub.CaseStore.Channels.Email;

/// <summary>
/// What Hub did with one IMAP message, keyed by mailbox, UIDVALIDITY and UID. A message whose move out of the inbox
/// was interrupted is found here and only moved, never imported again; a failed message keeps its reason for operators.
/// </summary>
public sealed class EmailMessageRecord
{
    public long Id { get; init; }
    public required string Mailbox { get; init; }
    public long UidValidity { get; init; }
    public long Uid { get; init; }

    /// <summary>Message-ID, or <c>sha256:</c> of the raw header block when there is none; the complaint's ChannelMessageId.</summary>
    public required string ChannelMessageId { get; init; }
    public required string Outcome { get; init; }
    public string? Reason { get; init; }
    public Guid? ComplaintId { get; init; }

    /// <summary>The Authentication-Results / ARC-Authentication-Results headers the receiving server added (DKIM, SPF, DMARC).</summary>
    public string? AuthenticationResults { get; init; }
    public DateTime HandledAtUtc { get; init; }
    public DateTime? MovedAtUtc { get; set; }
}

public static class EmailOutcomes
{
    public const string Accepted = "accepted";
    public const string Failed = "failed";
}
