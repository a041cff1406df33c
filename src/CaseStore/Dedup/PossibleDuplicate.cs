namespace Hub.CaseStore.Dedup;

/// <summary>
/// A stored complaint the linker found alike but not alike enough to link on its own (score between the scorer's
/// suggestion and link thresholds). Staff accept it (the cases are linked) or reject it (the pair is remembered as a
/// <see cref="SplitPair"/>); the row keeps its score and evidence either way, so the decision can be reviewed later.
/// </summary>
public sealed class PossibleDuplicate
{
    public long Id { get; init; }

    /// <summary>The complaint that was being filed.</summary>
    public Guid ComplaintId { get; init; }

    /// <summary>The earlier complaint it may repeat, and the case that complaint was in at the time (cases may merge later).</summary>
    public Guid SuggestedComplaintId { get; init; }
    public Guid SuggestedCaseId { get; init; }

    public double Score { get; init; }

    /// <summary>Why they look alike, one signal per line; identifier values are left out (see <see cref="SuggestionEvidence"/>).</summary>
    public required string Evidence { get; init; }

    public DateTime SuggestedAtUtc { get; init; }
    public PossibleDuplicateState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? Reason { get; set; }
}

public enum PossibleDuplicateState
{
    Pending,
    Accepted,
    Rejected,
}
