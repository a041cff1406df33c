namespace Hub.Normalizer.Dedup;

/// <summary>
/// The one link decision, shared by the in-memory <see cref="DedupIndex"/> (<c>hub normalize</c>, <c>hub bench</c>)
/// and the case store's live linker: which keys find candidates, which candidates are worth scoring, and which
/// scored candidate the complaint joins.
/// </summary>
public static class DuplicateLinker
{
    /// <summary>A key's postings are walked newest first and only this far: retellings of one incident arrive close together.</summary>
    public const int RecentPerKey = 64;

    /// <summary>Scoring is the costly step, and a retelling shares several keys, so only this many candidates are scored.</summary>
    public const int ScoredCandidates = 96;

    /// <summary>LSH band keys and entity keys: two complaints are compared only when they share one.</summary>
    public static IEnumerable<string> LookupKeys(IncidentFingerprint fingerprint) =>
        LshBuckets.BandKeys(fingerprint.Signature).Select(k => "band:" + k.ToString("x16", System.Globalization.CultureInfo.InvariantCulture))
            .Concat(fingerprint.EntityKeys)
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The candidates sharing the most keys with the incoming complaint, newest first among equals. Takes the postings
    /// of all keys, one entry per shared key, and fills <paramref name="shortlist"/>; reusing the buffers keeps the
    /// hot path of a million-complaint index free of per-lookup allocations.
    /// </summary>
    public static void Shortlist(IEnumerable<int> postings, Dictionary<int, int> hits, List<int> shortlist)
    {
        hits.Clear();
        shortlist.Clear();
        foreach (var document in postings)
        {
            hits[document] = hits.GetValueOrDefault(document) + 1;
        }

        shortlist.AddRange(hits.Keys);
        if (shortlist.Count > ScoredCandidates)
        {
            // postings number documents in arrival order, so a larger number is newer
            shortlist.Sort((a, b) => hits[a] != hits[b] ? hits[b].CompareTo(hits[a]) : b.CompareTo(a));
            shortlist.RemoveRange(ScoredCandidates, shortlist.Count - ScoredCandidates);
        }
    }

    /// <summary>How many possible duplicates staff are shown for one complaint.</summary>
    public const int SuggestionCount = 3;

    /// <summary>
    /// Scores every candidate once: the best one at or above the scorer's link threshold that staff have not kept
    /// apart joins the complaint to its case (<c>null</c> opens a new incident), and the next best at or above the
    /// suggestion threshold become the "possible duplicates" staff confirm or reject.
    /// </summary>
    public static LinkDecision Decide(
        IndexedComplaint incoming, IEnumerable<IndexedComplaint> candidates, Func<int, double> idf,
        Func<IndexedComplaint, bool> keptApart, DuplicateScorer scorer)
    {
        var scored = candidates.Select(c => (Candidate: c, Score: scorer.Score(incoming, c, idf)))
            .Where(c => c.Score >= scorer.SuggestThreshold)
            .OrderByDescending(c => c.Score)
            .Where(c => !keptApart(c.Candidate))
            .ToList();
        var best = scored.Count > 0 && scored[0].Score >= scorer.LinkThreshold ? scored[0].Candidate : null;
        var suggestions = scored.Where(c => c.Candidate != best).Take(SuggestionCount).ToList();
        return new LinkDecision(best is null ? null : (best, scorer.Explain(incoming, best, idf)), suggestions);
    }
}

/// <summary>The linker's decision: the case to join (if any) and the possible duplicates to show staff.</summary>
public sealed record LinkDecision(
    (IndexedComplaint Candidate, DuplicateScore Score)? Link,
    IReadOnlyList<(IndexedComplaint Candidate, double Score)> Suggestions);
