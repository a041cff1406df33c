using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Hub.Normalizer.Classification;
using Hub.Normalizer.Dedup;
using Hub.Normalizer.Evaluation;

namespace Hub.Normalizer.Training;

/// <summary>
/// <c>hub normalize --eval</c>: the shipped models in-sample, leave-groups-out cross-validated (models retrained per
/// fold), and on the blind set, side by side; then the real Traffy tickets of the evaluation split and the CPU cost
/// of one complaint. Nothing here changes a model, a rule or a threshold.
/// </summary>
public static class EvaluationReport
{
    public static void Print(string dataRoot, int seed, TextWriter output)
    {
        var training = Corpus.Training(dataRoot);
        var shipped = new ModelSet(CategoryClassifier.Shipped, DuplicateScorer.Shipped, TermRarity.Shipped);
        var columns = new List<(string Name, StreamResults Results)>
        {
            ("in-sample", StreamResults.Run(training.Where(e => e.HasFullLabels).ToList(), shipped, "in")),
        };
        output.WriteLine($"cross-validating ({GroupFolds.Count} folds by duplicate group, {training.Count} complaints) …");
        var cv = new Trainer(seed, output).CrossValidate(training);
        columns.Add(("cross-validated", cv.HeldOut));
        var blindFolder = Path.Combine(dataRoot, Corpus.Blind);
        var blind = File.Exists(Path.Combine(blindFolder, "labels.jsonl")) ? Corpus.Folder(blindFolder, "blind") : [];
        if (blind.Count > 0)
        {
            columns.Add(("blind", StreamResults.Run(blind, shipped, "blind")));
        }

        output.WriteLine();
        output.WriteLine($"{"",-44}" + string.Concat(columns.Select(c => $"{c.Name,18}")));
        Row(output, "complaints", columns, r => r.Results.Count.ToString(CultureInfo.InvariantCulture));
        var cards = columns.Select(c => (c.Name, c.Results, Card: Scorecard.Measure(c.Results.Results, c.Results.Labels))).ToList();
        Row(output, "ซ้ำ / duplicates pairwise precision (auto-link)", cards, c => P(c.Card.DuplicatePrecision));
        Row(output, "ซ้ำ / duplicates pairwise recall", cards, c => P(c.Card.DuplicateRecall));
        Row(output, "ซ้ำ / duplicates pairwise F1", cards, c => P(c.Card.DuplicateF1));
        Row(output, "ซ้ำ / suggestion recall (linked or top 3)", cards, c => P(c.Results.SuggestionRecall));
        Row(output, "หมวด / category macro-F1", cards, c => P(c.Card.CategoryMacroF1));
        Row(output, "หน่วยงาน / unit accuracy", cards, c => P(c.Card.UnitAccuracy));
        Row(output, "ทุจริต / corruption recall", cards, c => P(c.Card.CorruptionRecall));
        Row(output, "ทุจริต / corruption precision", cards, c => P(c.Card.CorruptionPrecision));
        Row(output, "คำขอบริการ / service-request precision", cards, c => P(ServicePrecision(c.Results)));
        Row(output, "ข้อมูลส่วนบุคคล / PII recall", cards, c => P(c.Card.PiiRecall));
        Row(output, "ข้อมูลส่วนบุคคล / PII precision", cards, c => P(c.Card.PiiPrecision));
        foreach (var category in Taxonomy.Categories.Select(c => c.Code))
        {
            Row(output, "  recall " + category, cards, c => P(Recall(c.Results, category)));
        }

        output.WriteLine();
        output.WriteLine($"thresholds (chosen on held-out folds): integrity {P(cv.IntegrityThreshold)}, auto-link {P(cv.LinkThreshold)}, suggest {P(cv.SuggestThreshold)}");
        output.WriteLine($"shipped thresholds: integrity {P(CategoryClassifier.Shipped.Threshold)}, auto-link {P(DuplicateScorer.Shipped.LinkThreshold)}, suggest {P(DuplicateScorer.Shipped.SuggestThreshold)}");
        var traffyHeldOut = cv.HeldOutIntegrity.Where(p => p.Example.Source == "traffy").ToList();
        output.WriteLine($"real Traffy training tickets, cross-validated: {Share(traffyHeldOut.Count(p => p.Probability >= cv.IntegrityThreshold), traffyHeldOut.Count)} flagged; "
            + $"labelled integrity complaints caught {traffyHeldOut.Count(p => p.Example.Label.IsCorruption && p.Probability >= cv.IntegrityThreshold)} of {traffyHeldOut.Count(p => p.Example.Label.IsCorruption)}");
        TraffyEvaluation(Path.Combine(dataRoot, "traffy-real"), output);
        InferenceCost(blind.Count > 0 ? blind : training.Take(300).ToList(), shipped, output);
    }

    /// <summary>
    /// The held-out real tickets: the flagged share, and precision by hand-reading (<c>eval-flagged-reading.jsonl</c>,
    /// a reader's verdict on each flagged ticket). The flagged tickets are written to <c>var/</c> for that reading,
    /// never to public output: they are verbatim citizen text.
    /// </summary>
    static void TraffyEvaluation(string folder, TextWriter output)
    {
        var tickets = Corpus.TraffyTickets(folder, "eval");
        var flagged = tickets.Where(t => CategoryClassifier.Shipped.Classify(Intake.ComplaintReader.CanonicalOf(null, t.Complaint.Text)).IsCorruption).ToList();
        Directory.CreateDirectory("var");
        File.WriteAllLines(Path.Combine("var", "traffy-eval-flagged.jsonl"), flagged.Select(t => JsonSerializer.Serialize(new { key = t.Ticket.Key, text = t.Ticket.Text }, OfflineNormalizer.Json)));
        output.WriteLine($"real Traffy evaluation tickets (never trained on): {Share(flagged.Count, tickets.Count)} flagged as integrity complaints (target ≤ 2 %); listed in var/traffy-eval-flagged.jsonl");
        var readingFile = Path.Combine(folder, "eval-flagged-reading.jsonl");
        if (File.Exists(readingFile))
        {
            var verdicts = OfflineNormalizer.ReadLines<TraffyLabel>(readingFile).ToDictionary(v => v.Key);
            var read = flagged.Where(t => verdicts.ContainsKey(t.Ticket.Key)).ToList();
            var right = read.Count(t => verdicts[t.Ticket.Key].IsCorruption);
            output.WriteLine($"  hand-read: {right} of {read.Count} flagged are integrity complaints, precision {P(read.Count == 0 ? 0 : right / (double)read.Count)}; {flagged.Count - read.Count} flagged not read yet");
        }
    }

    /// <summary>CPU time of reading one complaint (canonical text, PII, both text models, unit, fingerprint) on one thread.</summary>
    static void InferenceCost(IReadOnlyList<Example> examples, ModelSet shipped, TextWriter output)
    {
        foreach (var e in examples.Take(50))
        {
            Trainer.Read(e.Complaint, shipped);
        }

        var before = Process.GetCurrentProcess().TotalProcessorTime;
        const int Rounds = 3;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var e in examples)
            {
                Trainer.Read(e.Complaint, shipped);
            }
        }

        var perComplaint = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / (Rounds * examples.Count);
        output.WriteLine($"inference: {perComplaint.ToString("0.000", CultureInfo.InvariantCulture)} ms CPU per complaint (reading and classifying, {Rounds * examples.Count} complaints)");
    }

    static double ServicePrecision(StreamResults r)
    {
        var predicted = r.Results.Select((x, i) => (x, Gold: r.Labels[i])).Where(p => !p.x.IsCorruption).ToList();
        return predicted.Count == 0 ? 1 : predicted.Count(p => !p.Gold.IsCorruption) / (double)predicted.Count;
    }

    static double Recall(StreamResults r, string category)
    {
        var gold = r.Results.Select((x, i) => (x, Gold: r.Labels[i])).Where(p => p.Gold.Category == category).ToList();
        return gold.Count == 0 ? double.NaN : gold.Count(p => p.x.Category == category) / (double)gold.Count;
    }

    static void Row<T>(TextWriter output, string name, IEnumerable<T> columns, Func<T, string> value) =>
        output.WriteLine($"{name,-44}" + string.Concat(columns.Select(c => $"{value(c),18}")));

    static void Row(TextWriter output, string name, List<(string Name, StreamResults Results)> columns, Func<StreamResults, string> value) =>
        Row(output, name, columns.Select(c => c.Results), value);

    static string P(double value) => double.IsNaN(value) ? "–" : value.ToString("0.000", CultureInfo.InvariantCulture);

    static string Share(int part, int whole) =>
        $"{part} of {whole} ({(whole == 0 ? 0 : 100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture)} %)";
}
