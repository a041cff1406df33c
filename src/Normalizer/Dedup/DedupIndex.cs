namespace Hub.Normalizer.Dedup;

/// <summary>
/// The in-memory near-duplicate index of <c>hub normalize</c> and <c>hub bench dedup</c>: each arriving complaint is
/// compared with the candidates that share an LSH band or an entity key, and joins the case of the best match (see
/// <see cref="DuplicateLinker"/>, which the case store's live linker shares) or opens a new case. Look-up, decision
/// and insert happen under one lock, so two threads linking retellings of one incident never both open a case.
/// </summary>
public sealed class DedupIndex(ISplitMemory splits, DuplicateScorer scorer)
{
    readonly Lock gate = new();
    readonly Vocabulary vocabulary = new();
    readonly List<int> documentFrequency = [];
    readonly List<IndexedComplaint> complaints = [];
    readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    readonly List<IncidentCase> cases = [];
    readonly LshBuckets lsh = new(DuplicateLinker.RecentPerKey);
    readonly EntityPostings entities = new(DuplicateLinker.RecentPerKey);

    // look-up buffers, reused under the lock so a link decision allocates little
    readonly List<int> postings = [];
    readonly Dictionary<int, int> hits = [];
    readonly List<int> shortlist = [];

    public DedupIndex()
        : this(new InMemorySplitMemory(), DuplicateScorer.Shipped)
    {
    }

    public DedupIndex(ISplitMemory splits)
        : this(splits, DuplicateScorer.Shipped)
    {
    }

    public DedupIndex(DuplicateScorer scorer)
        : this(new InMemorySplitMemory(), scorer)
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
            postings.Clear();
            lsh.Candidates(fingerprint.Signature, postings);
            entities.Candidates(kept.EntityKeys, postings);
            DuplicateLinker.Shortlist(postings, hits, shortlist);
            var decision = DuplicateLinker.Decide(indexed, shortlist.Select(d => complaints[d]), Idf,
                candidate => IsSplitFrom(fingerprint.ComplaintId, cases[candidate.CaseNumber]), scorer);
            var suggested = decision.Suggestions.Select(s => new SuggestedDuplicate(s.Candidate.Source.ComplaintId, cases[s.Candidate.CaseNumber].Id, s.Score)).ToList();
            IncidentCase incident;
            if (decision.Link is { } match)
            {
                incident = cases[match.Candidate.CaseNumber];
                incident.Add(new CaseLink(fingerprint.ComplaintId, match.Candidate.Source.ComplaintId, match.Score.Score, match.Score.Evidence, suggested), kept);
            }
            else
            {
                incident = new IncidentCase(cases.Count);
                cases.Add(incident);
                incident.Add(new CaseLink(fingerprint.ComplaintId, null, 0, ["new incident"], suggested), kept);
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
        var ids = vocabulary.Ids(words);
        while (documentFrequency.Count < vocabulary.Count)
        {
            documentFrequency.Add(scorer.Corpus.DocumentsContaining(vocabulary[documentFrequency.Count]));
        }

        return ids;
    }

    // documentFrequency starts each word at its corpus count (see WordIds): the scorer's IDF prior
    double Idf(int word) => TermRarity.Idf(scorer.Corpus.CorpusSize + complaints.Count, documentFrequency[word]);
}
