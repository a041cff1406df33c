namespace Hub.CaseStore.Dedup;

/// <summary>
/// A complaint's near-duplicate fingerprint as the database keeps it, so live linking survives restarts and is shared
/// by competing case-store instances. Lists are newline-joined: no word or entity contains a line break.
/// </summary>
public sealed class StoredFingerprint
{
    public Guid ComplaintId { get; init; }
    public required string Channel { get; init; }
    public string? ReporterKey { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public required string Unit { get; init; }
    public required string Category { get; init; }
    public required string Words { get; init; }
    public required string Places { get; init; }
    public required string Officials { get; init; }
    public required string Identifiers { get; init; }
    public required string Amounts { get; init; }
}

/// <summary>One posting of the database's LSH buckets and entity index: a look-up key and a complaint carrying it.</summary>
public sealed class FingerprintKey
{
    public long Id { get; init; }
    public required string Key { get; init; }
    public Guid ComplaintId { get; init; }
}

/// <summary>How many stored fingerprints contain a word; the empty term counts all fingerprints. Feeds the scorer's IDF.</summary>
public sealed class DedupTerm
{
    public required string Term { get; init; }
    public long Documents { get; init; }
}

/// <summary>
/// Staff decided these two complaints are not one incident: they are never linked again, automatically or by
/// merging their cases. <see cref="ComplaintA"/> sorts before <see cref="ComplaintB"/>.
/// </summary>
public sealed class SplitPair
{
    public Guid ComplaintA { get; init; }
    public Guid ComplaintB { get; init; }
    public DateTime AtUtc { get; init; }
    public required string Actor { get; init; }
    public required string Reason { get; init; }

    public static (Guid A, Guid B) Ordered(Guid x, Guid y) => x.CompareTo(y) < 0 ? (x, y) : (y, x);
}
