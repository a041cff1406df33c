namespace Hub.CaseStore.Staff.Mail;

/// <summary>
/// One e-mail owed to one staff member: a deadline reminder or escalation. The id is derived from the case, the
/// notice and the recipient, so the same notice can never be queued twice; pending rows are retried with backoff
/// until sent. Only case numbers and dates are in it, never complaint text or reporter identities.
/// </summary>
public sealed class StaffMail
{
    public Guid Id { get; init; }
    public Guid? CaseId { get; init; }
    public required string Kind { get; init; }
    public required string ToAddress { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime NextAttemptAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
}
