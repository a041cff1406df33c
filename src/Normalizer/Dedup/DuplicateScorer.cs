using Hub.Normalizer.Learning;

namespace Hub.Normalizer.Dedup;

/// <summary>How alike two complaints are, and why: the score and the evidence each link stores.</summary>
public sealed record DuplicateScore(double Score, IReadOnlyList<string> Evidence);

/// <summary>
/// The learned pairwise duplicate scorer: boosted trees over <see cref="PairFeatures"/>, trained on pairs of the
/// written corpus (<c>hub normalize --train</c>), with two thresholds chosen on cross-validated pairs — auto-link
/// where precision is at least 0.95, and a lower one above which a candidate is only suggested to staff. Its IDF
/// features count words over <see cref="Corpus"/> (the training corpus) plus whatever the caller has indexed since.
/// </summary>
public sealed class DuplicateScorer(PairModel model, TermRarity corpus, double linkThreshold, double suggestThreshold)
{
    public static DuplicateScorer Shipped { get; } = ModelFile.LoadEmbedded("duplicates.bin", r => Read(r, TermRarity.Shipped));

    /// <summary>The corpus the model's IDF features were trained over: callers add their live counts to it.</summary>
    public TermRarity Corpus => corpus;

    /// <summary>A probability-like score (0–1): at or above this, the complaint joins the candidate's case.</summary>
    public double LinkThreshold => linkThreshold;

    /// <summary>At or above this (and below the link threshold), staff see the candidate as a possible duplicate.</summary>
    public double SuggestThreshold => suggestThreshold;

    /// <summary>The same model with other thresholds, as an operator sets them in <c>Hub:CaseStore</c>.</summary>
    public DuplicateScorer WithThresholds(double link, double suggest) => new(model, corpus, link, Math.Min(suggest, link));

    public double Score(IndexedComplaint a, IndexedComplaint b, Func<int, double> idf)
    {
        Span<float> features = stackalloc float[PairFeatures.Count];
        PairFeatures.Compute(a, b, idf, features);
        return model.Probability(features);
    }

    /// <summary>The score with the evidence a person reads on the case page.</summary>
    public DuplicateScore Explain(IndexedComplaint a, IndexedComplaint b, Func<int, double> idf)
    {
        var score = Score(a, b, idf);
        var x = a.Source;
        var y = b.Source;
        var evidence = new List<string> { $"model {score:0.00}" };
        Shared(x.Identifiers, y.Identifiers, "identifier", evidence);
        Shared(x.Officials, y.Officials, "official", evidence);
        Shared(x.Places, y.Places, "place", evidence);
        Shared(x.Amounts, y.Amounts, "amount", evidence);
        evidence.Add(x.Unit == y.Unit ? "same unit " + x.Unit : $"unit {x.Unit} ≠ {y.Unit}");
        evidence.Add(x.Category == y.Category ? "same category " + x.Category : $"category {x.Category} ≠ {y.Category}");
        if (x.ReporterKey is not null && x.ReporterKey == y.ReporterKey)
        {
            evidence.Add("same reporter");
        }

        evidence.Add($"{(x.ReceivedAt - y.ReceivedAt).Duration().TotalDays:0} days apart");
        return new DuplicateScore(score, evidence);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(linkThreshold);
        writer.Write(suggestThreshold);
        model.Write(writer);
    }

    public static DuplicateScorer Read(BinaryReader reader, TermRarity corpus)
    {
        var link = reader.ReadDouble();
        var suggest = reader.ReadDouble();
        return new DuplicateScorer(PairModel.Read(reader), corpus, link, suggest);
    }

    static void Shared<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, string what, List<string> evidence)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return;
        }

        var common = a.Where(b.Contains).ToList();
        evidence.Add(common.Count > 0 ? $"same {what}: {string.Join(", ", common)}" : $"different {what}");
    }
}
