namespace Hub.CaseStore.Operations;

/// <summary>
/// One alert condition from the moment it first held until it cleared. Operators are mailed when a row is opened and
/// when it is closed, so a condition that persists across restarts is reported once.
/// </summary>
public sealed class AlertIncident
{
    public long Id { get; init; }

    /// <summary>The rule and its subject, e.g. <c>queue-depth:normalizer</c>; at most one open incident per key.</summary>
    public required string Key { get; init; }

    public required string Summary { get; set; }
    public DateTime OpenedAtUtc { get; init; }
    public DateTime? NotifiedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public DateTime? RecoveryNotifiedAtUtc { get; set; }
}
