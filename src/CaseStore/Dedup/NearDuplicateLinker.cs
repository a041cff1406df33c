using Hub.CaseStore.Persistence;
using Hub.Normalizer.Dedup;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Dedup;

/// <summary>A stored complaint the incoming one repeats: its case, and the score and evidence the link keeps.</summary>
public sealed record NearDuplicate(Guid CaseId, Guid ComplaintId, double Score, IReadOnlyList<string> Evidence);

/// <summary>What the linker found: the complaint to link to (if any) and the possible duplicates staff should look at.</summary>
public sealed record NearDuplicateFindings(NearDuplicate? Link, IReadOnlyList<NearDuplicate> Suggestions)
{
    public static readonly NearDuplicateFindings None = new(null, []);
}

/// <summary>
/// Live cross-channel near-duplicate linking over the database: candidates come from the stored LSH band and entity
/// postings, and the decision is <see cref="DuplicateLinker"/>'s, the very one <c>hub normalize</c> makes in memory.
/// Callers hold <see cref="IncidentLocks"/> on the same keys, so find-then-remember is one serialized step.
/// </summary>
public sealed class NearDuplicateLinker(HubDbContext db, DuplicateScorer scorer)
{
    const string AllDocuments = "";
    const int LongestTerm = 200;

    public async Task<NearDuplicateFindings> FindAsync(IncidentFingerprint incoming, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var postings = await RecentPostingsAsync(keys, cancellationToken);
        if (postings.Count == 0)
        {
            return NearDuplicateFindings.None;
        }

        // number the complaints in arrival order (their newest posting), as the in-memory index numbers documents
        var documents = postings.GroupBy(p => p.ComplaintId).OrderBy(g => g.Max(p => p.Id)).Select(g => g.Key).ToList();
        var numbers = documents.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var shortlist = new List<int>();
        DuplicateLinker.Shortlist(postings.Select(p => numbers[p.ComplaintId]), [], shortlist);
        var candidateIds = shortlist.Select(i => documents[i]).ToList();

        var rows = await db.Fingerprints.Where(f => candidateIds.Contains(f.ComplaintId))
            .Join(db.Complaints, f => f.ComplaintId, c => c.Id, (f, c) => new { Fingerprint = f, c.CaseId })
            .AsNoTracking().ToListAsync(cancellationToken);
        var cases = rows.Select(r => r.CaseId).Distinct().ToList();
        var apartCases = await CasesKeptApartAsync(Guid.Parse(incoming.ComplaintId), cancellationToken);

        var vocabulary = new Vocabulary();
        var indexed = new IndexedComplaint(incoming, vocabulary.Ids(incoming.Words), -1);
        var candidates = rows.Select(r => new IndexedComplaint(Read(r.Fingerprint), vocabulary.Ids(Split(r.Fingerprint.Words)), cases.IndexOf(r.CaseId))).ToList();
        var frequency = await FrequenciesAsync(vocabulary, cancellationToken);
        var total = frequency.GetValueOrDefault(AllDocuments);
        double Idf(int id) => scorer.Corpus.Idf(vocabulary[id], total, frequency.GetValueOrDefault(Term(vocabulary[id])));
        var decision = DuplicateLinker.Decide(indexed, candidates, Idf, candidate => apartCases.Contains(cases[candidate.CaseNumber]), scorer);
        var link = decision.Link is { } match
            ? new NearDuplicate(cases[match.Candidate.CaseNumber], Guid.Parse(match.Candidate.Source.ComplaintId), match.Score.Score, match.Score.Evidence)
            : null;
        // A suggestion into the case the complaint joins anyway says nothing; of several complaints of one case, the best speaks for it.
        var suggestions = decision.Suggestions
            .Where(s => link is null || cases[s.Candidate.CaseNumber] != link.CaseId)
            .DistinctBy(s => s.Candidate.CaseNumber)
            .Select(s => new NearDuplicate(cases[s.Candidate.CaseNumber], Guid.Parse(s.Candidate.Source.ComplaintId), s.Score, scorer.Explain(indexed, s.Candidate, Idf).Evidence))
            .ToList();
        return new NearDuplicateFindings(link, suggestions);
    }

    /// <summary>Stores the fingerprint, its postings and its words' document counts, for the complaints still to come.</summary>
    public async Task RememberAsync(IncidentFingerprint fingerprint, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(fingerprint.ComplaintId);
        db.Fingerprints.Add(new StoredFingerprint
        {
            ComplaintId = id,
            Channel = fingerprint.Channel,
            ReporterKey = fingerprint.ReporterKey,
            ReceivedAtUtc = fingerprint.ReceivedAt.UtcDateTime,
            Unit = fingerprint.Unit,
            Category = fingerprint.Category,
            Words = Join(fingerprint.Words),
            Places = Join(fingerprint.Places),
            Officials = Join(fingerprint.Officials),
            Identifiers = Join(fingerprint.Identifiers),
            Amounts = Join(fingerprint.Amounts.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        });
        db.FingerprintKeys.AddRange(keys.Select(k => new FingerprintKey { Key = k, ComplaintId = id }));
        var terms = fingerprint.Words.Select(Term).Append(AllDocuments).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await TermCounter.CountAsync(db, terms, cancellationToken);
    }

    /// <summary>The newest postings of every key, in one round trip (a UNION ALL of per-key top-N reads).</summary>
    async Task<List<FingerprintKey>> RecentPostingsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        IQueryable<FingerprintKey>? recent = null;
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var ofKey = db.FingerprintKeys.Where(k => k.Key == key).OrderByDescending(k => k.Id).Take(DuplicateLinker.RecentPerKey);
            recent = recent is null ? ofKey : recent.Concat(ofKey);
        }

        return recent is null ? [] : await recent.AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>Cases holding a complaint staff split apart from this one: never a link target for it.</summary>
    async Task<HashSet<Guid>> CasesKeptApartAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var others = await db.SplitPairs.Where(s => s.ComplaintA == complaintId).Select(s => s.ComplaintB)
            .Concat(db.SplitPairs.Where(s => s.ComplaintB == complaintId).Select(s => s.ComplaintA))
            .ToListAsync(cancellationToken);
        return others.Count == 0 ? [] : [.. await db.Complaints.Where(c => others.Contains(c.Id)).Select(c => c.CaseId).ToListAsync(cancellationToken)];
    }

    async Task<Dictionary<string, long>> FrequenciesAsync(Vocabulary vocabulary, CancellationToken cancellationToken)
    {
        var terms = Enumerable.Range(0, vocabulary.Count).Select(i => Term(vocabulary[i])).Append(AllDocuments).Distinct().ToList();
        return await db.DedupTerms.Where(t => terms.Contains(t.Term)).ToDictionaryAsync(t => t.Term, t => t.Documents, StringComparer.Ordinal, cancellationToken);
    }

    static IncidentFingerprint Read(StoredFingerprint f) => new()
    {
        ComplaintId = f.ComplaintId.ToString(),
        Channel = f.Channel,
        ReporterKey = f.ReporterKey,
        ReceivedAt = new DateTimeOffset(f.ReceivedAtUtc, TimeSpan.Zero),
        Unit = f.Unit,
        Category = f.Category,
        Words = [],
        Signature = [],
        Places = Split(f.Places),
        Officials = Split(f.Officials),
        Identifiers = Split(f.Identifiers),
        Amounts = Split(f.Amounts).Select(a => long.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
    };

    static string Join(IEnumerable<string> values) => string.Join('\n', values);

    static string[] Split(string joined) => joined.Length == 0 ? [] : joined.Split('\n');

    // a pathological "word" (a pasted URL) would not fit the key column; its hash counts it just as well
    static string Term(string word) => word.Length <= LongestTerm ? word : "#" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(word)));
}
