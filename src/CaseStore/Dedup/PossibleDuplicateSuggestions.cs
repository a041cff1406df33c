using Hub.CaseStore.Persistence;

namespace Hub.CaseStore.Dedup;

/// <summary>Stores the linker's possible duplicates of a complaint being filed, in the intake's own transaction.</summary>
public static class PossibleDuplicateSuggestions
{
    public static void Add(HubDbContext db, Guid complaintId, IReadOnlyList<NearDuplicate> suggestions, DateTime now)
    {
        // The linker already left out cases staff kept apart from this complaint, and the intake's inbox stops redeliveries,
        // so every suggestion here is new.
        db.PossibleDuplicates.AddRange(suggestions.Select(s => new PossibleDuplicate
        {
            ComplaintId = complaintId,
            SuggestedComplaintId = s.ComplaintId,
            SuggestedCaseId = s.CaseId,
            Score = Math.Round(s.Score, 3),
            Evidence = SuggestionEvidence.Stored(s.Evidence),
            SuggestedAtUtc = now,
            State = PossibleDuplicateState.Pending,
        }));
    }
}
