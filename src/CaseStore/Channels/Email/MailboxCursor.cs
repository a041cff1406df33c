namespace Hub.CaseStore.Channels.Email;

/// <summary>The UIDVALIDITY and highest UID Hub has seen per mailbox; a changed UIDVALIDITY starts a rescan.</summary>
public sealed class MailboxCursor
{
    public required string Mailbox { get; init; }
    public long UidValidity { get; set; }
    public long HighestUid { get; set; }
    public int Rescans { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
