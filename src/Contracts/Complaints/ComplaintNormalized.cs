namespace Hub.Contracts.Complaints;

/// <summary>
/// The normalizer's reading of one received complaint: canonical text, classification and the keys
/// the case store links duplicates by. Deterministic for a given <see cref="ComplaintReceived"/>.
/// </summary>
public sealed record ComplaintNormalized
{
    public required ComplaintReceived Complaint { get; init; }
    public required string CanonicalText { get; init; }

    /// <summary>SHA-256 of the canonical text; equal hashes from one channel within the window are one incident.</summary>
    public required string ContentHash { get; init; }
    public required string Category { get; init; }
    public bool IsCorruption { get; init; }
    public string? UnitCode { get; init; }
    public IReadOnlyList<string> ClassificationSignals { get; init; } = [];
}
