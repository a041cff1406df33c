using System.Globalization;

namespace Hub.Normalizer.Evaluation;

/// <summary>The measures Hub's normalizer is judged by, computed from results and gold labels of the same complaints.</summary>
public sealed record Scorecard(
    double DuplicatePrecision, double DuplicateRecall,
    double CategoryAccuracy, double CategoryMacroF1,
    double UnitAccuracy,
    double CorruptionPrecision, double CorruptionRecall,
    double PiiPrecision, double PiiRecall)
{
    public double DuplicateF1 => F1(DuplicatePrecision, DuplicateRecall);

    public static Scorecard Measure(IReadOnlyList<ResultLine> results, IReadOnlyList<LabelLine> labels)
    {
        var gold = labels.ToDictionary(l => l.Id);
        var pairs = Pairs(results, gold);
        var categories = labels.Select(l => l.Category).Distinct().ToList();
        var macroF1 = categories.Average(c =>
        {
            var tp = results.Count(r => r.Category == c && gold[r.Id].Category == c);
            return F1(Ratio(tp, results.Count(r => r.Category == c)), Ratio(tp, results.Count(r => gold[r.Id].Category == c)));
        });
        var corruptTp = results.Count(r => r.IsCorruption && gold[r.Id].IsCorruption);
        var piiFound = results.Sum(r => r.Pii.Count);
        var piiGold = labels.Sum(l => l.Pii.Count);
        var piiTp = results.Sum(r => r.Pii.Count(p => gold[r.Id].Pii.Contains(p)));
        return new Scorecard(
            pairs.Precision, pairs.Recall,
            Ratio(results.Count(r => r.Category == gold[r.Id].Category), results.Count), macroF1,
            Ratio(results.Count(r => r.Unit == gold[r.Id].Unit), results.Count),
            Ratio(corruptTp, results.Count(r => r.IsCorruption)), Ratio(corruptTp, labels.Count(l => l.IsCorruption)),
            Ratio(piiTp, piiFound), Ratio(labels.Sum(l => l.Pii.Count(p => results.First(r => r.Id == l.Id).Pii.Contains(p))), piiGold));
    }

    public IEnumerable<string> Lines() =>
    [
        $"ซ้ำ / duplicates (pairwise)      precision {P(DuplicatePrecision)}  recall {P(DuplicateRecall)}  F1 {P(DuplicateF1)}",
        $"หมวด / category                  accuracy {P(CategoryAccuracy)}  macro-F1 {P(CategoryMacroF1)}",
        $"หน่วยงาน / unit                   accuracy {P(UnitAccuracy)}",
        $"ทุจริต / is_corruption            precision {P(CorruptionPrecision)}  recall {P(CorruptionRecall)}",
        $"ข้อมูลส่วนบุคคล / PII              precision {P(PiiPrecision)}  recall {P(PiiRecall)}",
    ];

    static (double Precision, double Recall) Pairs(IReadOnlyList<ResultLine> results, Dictionary<string, LabelLine> gold)
    {
        int predicted = 0, actual = 0, both = 0;
        for (var i = 0; i < results.Count; i++)
        {
            for (var j = i + 1; j < results.Count; j++)
            {
                var samePredicted = results[i].Case == results[j].Case;
                var sameGold = gold[results[i].Id].DupGroup == gold[results[j].Id].DupGroup;
                predicted += samePredicted ? 1 : 0;
                actual += sameGold ? 1 : 0;
                both += samePredicted && sameGold ? 1 : 0;
            }
        }

        return (Ratio(both, predicted), Ratio(both, actual));
    }

    static double Ratio(int part, int whole) => whole == 0 ? 1 : part / (double)whole;

    static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
