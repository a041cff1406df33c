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

    /// <summary>
    /// The best-scoring candidate at or above <see cref="DuplicateScorer.LinkThreshold"/> that staff have not kept apart
    /// from the incoming complaint, with the score and evidence the link stores; <c>null</c> opens a new incident.
    /// </summary>
    public static (IndexedComplaint Candidate, DuplicateScore Score)? Best(
        IndexedComplaint incoming, IEnumerable<IndexedComplaint> candidates, Func<int, double> idf, Func<IndexedComplaint, bool> keptApart)
    {
        IndexedComplaint? best = null;
        var bestScore = 0.0;
        foreach (var candidate in candidates)
        {
            var score = DuplicateScorer.Score(incoming, candidate, idf);
            if (score >= DuplicateScorer.LinkThreshold && (best is null || score > bestScore) && !keptApart(candidate))
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best is null ? null : (best, DuplicateScorer.Explain(incoming, best, idf));
    }
}
