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

    /// <summary>Why the normalizer classified it so, Thai first then English, one explanation per entry (score vs threshold, weightiest words).</summary>
    public IReadOnlyList<string> ClassificationSignals { get; init; } = [];

    /// <summary>
    /// The integrity call was close, so the complaint was kept as an integrity complaint rather than let through as a
    /// service request (recall first): staff should screen it. Older normalizers never set it.
    /// </summary>
    public bool NeedsScreening { get; init; }

    /// <summary>The text with names, ID, phone and account numbers, e-mails, LINE ids and plates replaced by [KIND] markers.</summary>
    public string? RedactedText { get; init; }

    /// <summary>How many identifying spans the text holds.</summary>
    public int PiiCount { get; init; }

    /// <summary>The accused official's role as the text names it ("เทศกิจ", "โยธาเขต"), if any.</summary>
    public string? AccusedRole { get; init; }

    /// <summary>Officials named in the text; identifying, so only for views that may see identities.</summary>
    public IReadOnlyList<string> NamedOfficials { get; init; } = [];

    /// <summary>
    /// 64-slot MinHash over Thai word shingles. For cross-channel near-duplicate linking the case store compares
    /// these (16 LSH bands of 4 slots) together with <see cref="DedupEntityKeys"/>; see Hub.Normalizer.Dedup.
    /// </summary>
    public IReadOnlyList<uint> DedupSignature { get; init; } = [];

    /// <summary>Entity keys of the incident (place:…, official:…, id:…, amount:unit:…, unit:unit:category).</summary>
    public IReadOnlyList<string> DedupEntityKeys { get; init; } = [];

    /// <summary>Words and entities the case store scores candidates with; <c>null</c> turns near-duplicate linking off for this complaint.</summary>
    public IncidentFacts? DedupFacts { get; init; }
}
