namespace Hub.Normalizer.Dedup;

/// <summary>A fingerprint as the index keeps it: words as sorted vocabulary ids (a million complaints must fit in memory), no signature.</summary>
public sealed record IndexedComplaint(
    IncidentFingerprint Source,
    int[] WordIds,
    int CaseNumber)
{
    public int CaseNumber { get; set; } = CaseNumber;
}
