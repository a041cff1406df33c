namespace Hub.CaseStore.Dedup;

/// <summary>
/// A possible duplicate as one case's page shows it: the suggestion, which of this case's complaints it concerns, and
/// the other side's complaint and (current) case. Built per viewer, so it only ever names a case the viewer may see.
/// </summary>
public sealed record PossibleDuplicateView(PossibleDuplicate Suggestion, string ThisReceipt, string OtherReceipt, Guid OtherCaseId, string OtherCaseNumber);
