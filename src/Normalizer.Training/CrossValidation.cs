using Hub.Normalizer.Classification;
using Hub.Normalizer.Dedup;
using Hub.Normalizer.Evaluation;
using Hub.Normalizer.Intake;
using Hub.Normalizer.Learning;

namespace Hub.Normalizer.Training;

/// <summary>The models the normalizer ships: the category classifier and the duplicate scorer.</summary>
public sealed record ModelSet(CategoryClassifier Categories, DuplicateScorer Duplicates, TermRarity Terms);

/// <summary>What a cross-validation run hands on: the thresholds chosen on held-out predictions and the held-out results.</summary>
public sealed record CrossValidated(
    double IntegrityThreshold, double LinkThreshold, double SuggestThreshold, (double Slope, double Offset) PairCalibration,
    StreamResults HeldOut, IReadOnlyList<(Example Example, double Probability)> HeldOutIntegrity);

/// <summary>
/// Leave-groups-out 5-fold cross-validation over the training data, and the final training on all of it. Every
/// threshold is chosen on held-out predictions only: integrity at recall ≥ 0.98 on the written complaints, auto-link
/// at pair precision ≥ 0.95, suggestions where at least 3 in 10 of those below the link threshold are right; the pair
/// scores are calibrated on the same held-out pairs (<see cref="PlattCalibration"/>). Held-out
/// folds are pooled across sources into one stream, so a complaint meets as many look-alikes as in a real queue.
/// </summary>
public sealed class Trainer(int seed, TextWriter log)
{
    public const double IntegrityRecall = 0.98;
    public const double LinkPrecision = 0.95;
    public const double SuggestPrecision = 0.3;

    readonly TextModelTrainer text = new(seed);
    readonly PairTrainer pairs = new(seed);

    public CrossValidated CrossValidate(IReadOnlyList<Example> examples)
    {
        var featurized = Featurize(examples);
        var folds = examples.Select(e => GroupFolds.Of(e, seed)).ToArray();
        var textModels = new (LinearModel Integrity, SoftmaxModel Categories)[GroupFolds.Count];
        var heldOutIntegrity = new List<(Example, double)>();
        for (var k = 0; k < GroupFolds.Count; k++)
        {
            var train = featurized.Where((_, i) => folds[i] != k).ToList();
            textModels[k] = (text.TrainIntegrity(train), text.TrainCategories(train));
            heldOutIntegrity.AddRange(featurized.Where((_, i) => folds[i] == k)
                .Select(e => (e.Example, LinearModel.Probability(textModels[k].Integrity.Score(e.Features)))));
            log.WriteLine($"  fold {k + 1}/{GroupFolds.Count}: text models trained on {train.Count}");
        }

        var integrityThreshold = Thresholds.AtRecall(heldOutIntegrity.Where(p => p.Item1.HasFullLabels).Select(p => (p.Item2, p.Item1.Label.IsCorruption)), IntegrityRecall);
        var classifiers = textModels.Select(m => new CategoryClassifier(m.Integrity, m.Categories, integrityThreshold)).ToArray();

        var full = examples.Select((e, i) => (Example: e, Fold: folds[i])).Where(x => x.Example.HasFullLabels).ToList();
        var pairModels = new PairModel[GroupFolds.Count];
        var heldOutPairs = new List<(double Score, bool Duplicate)>();
        var terms = new TermRarity[GroupFolds.Count];
        for (var k = 0; k < GroupFolds.Count; k++)
        {
            terms[k] = Rarity(featurized.Where((_, i) => folds[i] != k));
            var models = new ModelSet(classifiers[k], Unscored(terms[k]), terms[k]);
            var readings = full.AsParallel().AsOrdered().Select(x => (x.Example, x.Fold, Fingerprint: Read(x.Example.Complaint, models).Fingerprint)).ToList();
            pairModels[k] = pairs.Train(PairTrainer.CandidatePairs([.. readings.Where(r => r.Fold != k).Select(r => (r.Example, r.Fingerprint))], terms[k], pooled: true));
            heldOutPairs.AddRange(PairTrainer.CandidatePairs([.. readings.Where(r => r.Fold == k).Select(r => (r.Example, r.Fingerprint))], terms[k], pooled: true)
                .Select(p => (pairModels[k].Trees.Score(p.Features), p.Duplicate)));
            log.WriteLine($"  fold {k + 1}/{GroupFolds.Count}: duplicate scorer trained");
        }

        var calibration = PlattCalibration.Fit(heldOutPairs);
        var scored = heldOutPairs.Select(p => (PlattCalibration.Probability(p.Score, calibration.Slope, calibration.Offset), p.Duplicate)).ToList();
        log.WriteLine($"  held-out candidate pairs: {scored.Count}, duplicates among them {scored.Count(s => s.Item2)}; calibration slope {calibration.Slope:0.000}, offset {calibration.Offset:0.000}");
        var link = Thresholds.AtPrecision(scored, LinkPrecision);
        var suggest = Thresholds.BandAtPrecision(scored, link, SuggestPrecision);

        var results = new StreamResults();
        for (var k = 0; k < GroupFolds.Count; k++)
        {
            var models = new ModelSet(classifiers[k], new DuplicateScorer(pairModels[k] with { Slope = calibration.Slope, Offset = calibration.Offset }, terms[k], link, suggest), terms[k]);
            results.Add(StreamResults.Run(full.Where(x => x.Fold == k).Select(x => x.Example).ToList(), models, "fold" + k, pooled: true));
        }

        return new CrossValidated(integrityThreshold, link, suggest, calibration, results, heldOutIntegrity);
    }

    public ModelSet TrainFinal(IReadOnlyList<Example> examples, CrossValidated thresholds)
    {
        var featurized = Featurize(examples);
        var classifier = new CategoryClassifier(text.TrainIntegrity(featurized), text.TrainCategories(featurized), thresholds.IntegrityThreshold);
        var terms = Rarity(featurized);
        var reading = new ModelSet(classifier, Unscored(terms), terms);
        var readings = examples.Where(e => e.HasFullLabels).AsParallel().AsOrdered().Select(e => (e, Read(e.Complaint, reading).Fingerprint)).ToList();
        var trees = pairs.Train(PairTrainer.CandidatePairs(readings, terms, pooled: true))
            with { Slope = thresholds.PairCalibration.Slope, Offset = thresholds.PairCalibration.Offset };
        return new ModelSet(classifier, new DuplicateScorer(trees, terms, thresholds.LinkThreshold, thresholds.SuggestThreshold), terms);
    }

    public static ComplaintReading Read(ComplaintLine c, ModelSet models) =>
        ComplaintReader.Read(c.Id, c.Channel, c.Reporter?.Key, c.ReceivedAt, c.Subject, c.Text,
            c.Location is { } l ? new Contracts.Complaints.ComplaintLocation(l.District, l.Lat, l.Lon) : null, models.Categories, models.Terms);

    /// <summary>Reading a complaint needs a scorer only to be one; fingerprints for training never score.</summary>
    static DuplicateScorer Unscored(TermRarity terms) => new(PairModel.Untrained, terms, 0, 0);

    static TermRarity Rarity(IEnumerable<FeaturizedExample> examples) =>
        TermRarity.Count(examples.Select(e => Text.ThaiWordBreaker.ContentWords(ComplaintReader.CanonicalOf(e.Example.Complaint.Subject, e.Example.Complaint.Text))));

    static List<FeaturizedExample> Featurize(IReadOnlyList<Example> examples) =>
        examples.AsParallel().AsOrdered()
            .Select(e => new FeaturizedExample(e, TextFeaturizer.Featurize(ComplaintReader.CanonicalOf(e.Complaint.Subject, e.Complaint.Text))))
            .ToList();
}
