namespace Hub.Normalizer.Dedup;

/// <summary>
/// The shared near-duplicate index: each arriving complaint is compared with the candidates that share an LSH band
/// or an entity key, and joins the case of the best match above <see cref="DuplicateScorer.LinkThreshold"/> or opens
/// a new case. Look-up, decision and insert happen under one lock, so two normalizers working at once on retellings
/// of one incident can never both open a case for it.
/// </summary>
public sealed class DedupIndex(ISplitMemory splits)
{
    const int RecentPerKey = 64;
    const int ScoredCandidates = 96;

    readonly Lock gate = new();
    readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    readonly List<int> documentFrequency = [];
    readonly List<IndexedComplaint> complaints = [];
    readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    readonly List<IncidentCase> cases = [];
    readonly LshBuckets lsh = new(RecentPerKey);
    readonly EntityPostings entities = new(RecentPerKey);

    public DedupIndex()
        : this(new InMemorySplitMemory())
    {
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return complaints.Count;
            }
        }
    }

    public int CaseCount
    {
        get
        {
            lock (gate)
            {
                return cases.Count;
            }
        }
    }

    public IncidentCase Link(IncidentFingerprint fingerprint)
    {
        lock (gate)
        {
            if (byId.TryGetValue(fingerprint.ComplaintId, out var known))
            {
                return cases[complaints[known].CaseNumber]; // a redelivered complaint is already linked
            }

            // keep the entities, not the word strings and signature: at a million complaints those would not fit
            var kept = fingerprint with { Words = [], Signature = [] };
            var indexed = new IndexedComplaint(kept, WordIds(fingerprint.Words), -1);
            var best = BestMatch(indexed, fingerprint.Signature);
            IncidentCase incident;
            if (best is { } match)
            {
                incident = cases[match.Complaint.CaseNumber];
                incident.Add(new CaseLink(fingerprint.ComplaintId, match.Complaint.Source.ComplaintId, match.Score.Score, match.Score.Evidence), kept);
            }
            else
            {
                incident = new IncidentCase(cases.Count);
                cases.Add(incident);
                incident.Add(new CaseLink(fingerprint.ComplaintId, null, 0, ["new incident"]), kept);
            }

            indexed.CaseNumber = incident.Number;
            Insert(indexed, fingerprint.Signature);
            return incident;
        }
    }

    /// <summary>
    /// Staff split a wrongly linked complaint out of its case: it gets a case of its own, and the split is remembered
    /// against every other complaint of the old case, so neither re-linking nor a bridging complaint joins them again.
    /// </summary>
    public IncidentCase Split(string complaintId)
    {
        lock (gate)
        {
            var complaint = complaints[byId[complaintId]];
            var old = cases[complaint.CaseNumber];
            foreach (var other in old.ComplaintIds.Where(id => id != complaintId))
            {
                splits.RememberApart(complaintId, other);
            }

            old.Remove(complaintId);
            var own = new IncidentCase(cases.Count);
            cases.Add(own);
            own.Add(new CaseLink(complaintId, null, 0, ["split by staff"]), complaint.Source);
            complaint.CaseNumber = own.Number;
            return own;
        }
    }

    public IncidentCase CaseOf(string complaintId)
    {
        lock (gate)
        {
            return cases[complaints[byId[complaintId]].CaseNumber];
        }
    }

    (IndexedComplaint Complaint, DuplicateScore Score)? BestMatch(IndexedComplaint incoming, uint[] signature)
    {
        (IndexedComplaint Complaint, double Score)? best = null;
        foreach (var candidate in Candidates(incoming, signature).Select(i => complaints[i]))
        {
            var score = DuplicateScorer.Score(incoming, candidate, Idf);
            if (score >= DuplicateScorer.LinkThreshold && (best is null || score > best.Value.Score)
                && !IsSplitFrom(incoming.Source.ComplaintId, cases[candidate.CaseNumber]))
            {
                best = (candidate, score);
            }
        }

        return best is { } found ? (found.Complaint, DuplicateScorer.Explain(incoming, found.Complaint, Idf)) : null;
    }

    /// <summary>
    /// The complaints sharing the most LSH bands and entity keys with the incoming one, at most
    /// <see cref="ScoredCandidates"/>: scoring is the costly step, and a retelling shares several keys.
    /// </summary>
    IEnumerable<int> Candidates(IndexedComplaint incoming, uint[] signature)
    {
        var hits = new Dictionary<int, int>();
        foreach (var document in lsh.Candidates(signature).Concat(entities.Candidates(incoming.Source.EntityKeys)))
        {
            hits[document] = hits.GetValueOrDefault(document) + 1;
        }

        return hits.Count <= ScoredCandidates
            ? hits.Keys
            : hits.OrderByDescending(h => h.Value).ThenByDescending(h => h.Key).Take(ScoredCandidates).Select(h => h.Key);
    }

    bool IsSplitFrom(string complaintId, IncidentCase incident) => incident.ComplaintIds.Any(id => splits.AreApart(complaintId, id));

    void Insert(IndexedComplaint indexed, uint[] signature)
    {
        var document = complaints.Count;
        complaints.Add(indexed);
        byId[indexed.Source.ComplaintId] = document;
        foreach (var word in indexed.WordIds)
        {
            documentFrequency[word]++;
        }

        lsh.Add(document, signature);
        entities.Add(document, indexed.Source.EntityKeys);
    }

    int[] WordIds(IReadOnlyList<string> words)
    {
        var ids = new SortedSet<int>();
        foreach (var word in words)
        {
            if (!vocabulary.TryGetValue(word, out var id))
            {
                vocabulary[word] = id = vocabulary.Count;
                documentFrequency.Add(0);
            }

            ids.Add(id);
        }

        return [.. ids];
    }

    // Smoothed inverse document frequency: a word every complaint uses ("เจ้าหน้าที่") says little about which incident.
    double Idf(int word) => Math.Log((complaints.Count + 2.0) / (documentFrequency[word] + 1.0));
}
