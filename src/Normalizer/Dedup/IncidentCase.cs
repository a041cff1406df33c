namespace Hub.Normalizer.Dedup;

/// <summary>
/// One link of a complaint into a case: which complaint it matched, the score and the evidence, and the possible
/// duplicates below the link threshold that staff may confirm.
/// </summary>
public sealed record CaseLink(string ComplaintId, string? MatchedComplaintId, double Score, IReadOnlyList<string> Evidence, IReadOnlyList<SuggestedDuplicate>? Suggestions = null);

/// <summary>A complaint that may tell the same incident, in the case it belongs to, with its score.</summary>
public sealed record SuggestedDuplicate(string ComplaintId, string CaseId, double Score);

/// <summary>
/// An incident as the linker sees it: its complaints with their links, and its corroboration — how many
/// independent reporters and channels told it.
/// </summary>
public sealed class IncidentCase(int number)
{
    readonly List<(CaseLink Link, IncidentFingerprint Complaint)> members = [];

    public int Number { get; } = number;

    public string Id => $"case-{Number:D6}";

    public IReadOnlyList<CaseLink> Links => members.Select(m => m.Link).ToList();

    public IEnumerable<string> ComplaintIds => members.Select(m => m.Link.ComplaintId);

    // an anonymous reporter counts once per complaint: two anonymous people cannot be told apart
    public int IndependentReporters => members.Select(m => m.Complaint.ReporterKey ?? "anonymous:" + m.Complaint.ComplaintId).Distinct().Count();

    public int Channels => members.Select(m => m.Complaint.Channel).Distinct().Count();

    public void Add(CaseLink link, IncidentFingerprint complaint) => members.Add((link, complaint));

    public void Remove(string complaintId) => members.RemoveAll(m => m.Link.ComplaintId == complaintId);
}
