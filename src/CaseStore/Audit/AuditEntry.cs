namespace Hub.CaseStore.Audit;

/// <summary>
/// One link of the append-only audit chain: who did or saw what, when. <see cref="Hash"/> is SHA-256 over the
/// previous entry's hash and this entry's canonical form, so changing or removing any row breaks every later link.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; init; }
    public DateTime AtUtc { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public string? CaseId { get; init; }
    public string? Detail { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}
