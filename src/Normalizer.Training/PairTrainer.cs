using Hub.Normalizer.Dedup;
using Hub.Normalizer.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Hub.Normalizer.Training;

/// <summary>A candidate pair as the linker would meet it, with its features and whether it is truly one incident.</summary>
public sealed record LabelledPair(float[] Features, bool Duplicate, string Source);

/// <summary>
/// Builds candidate pairs the way the index finds them (pairs sharing a lookup key: an LSH band, a place, an
/// official, an identifier, an amount, or unit+category), and trains LightGBM boosted trees on them.
/// </summary>
public sealed class PairTrainer(int seed)
{
    /// <summary>
    /// Pairs of complaints that share a lookup key, within each stream (by default each source; <paramref name="pooled"/>
    /// puts all sources in one, as dense as a real queue); IDF from that stream's complaints over the
    /// <paramref name="corpus"/> prior, as the live linker counts its stored complaints over the shipped corpus.
    /// </summary>
    public static List<LabelledPair> CandidatePairs(IReadOnlyList<(Example Example, IncidentFingerprint Fingerprint)> readings, TermRarity corpus, bool pooled = false)
    {
        var pairs = new List<LabelledPair>();
        foreach (var source in readings.GroupBy(r => pooled ? "pooled" : r.Example.Source))
        {
            var members = source.ToList();
            var vocabulary = new Vocabulary();
            var indexed = members.Select(m => new IndexedComplaint(m.Fingerprint, vocabulary.Ids(m.Fingerprint.Words), -1)).ToList();
            var frequency = new int[vocabulary.Count];
            foreach (var word in indexed.SelectMany(i => i.WordIds))
            {
                frequency[word]++;
            }

            double Idf(int word) => corpus.Idf(vocabulary[word], members.Count, frequency[word]);
            var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < members.Count; i++)
            {
                foreach (var key in DuplicateLinker.LookupKeys(members[i].Fingerprint))
                {
                    (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(i);
                }
            }

            var seen = new HashSet<(int, int)>();
            foreach (var list in byKey.Values)
            {
                for (var x = 0; x < list.Count; x++)
                {
                    for (var y = x + 1; y < list.Count; y++)
                    {
                        var (a, b) = (Math.Min(list[x], list[y]), Math.Max(list[x], list[y]));
                        if (!seen.Add((a, b)))
                        {
                            continue;
                        }

                        var features = new float[PairFeatures.Count];
                        PairFeatures.Compute(indexed[b], indexed[a], Idf, features);
                        pairs.Add(new LabelledPair(features, members[a].Example.GroupKey == members[b].Example.GroupKey, source.Key));
                    }
                }
            }
        }

        return pairs;
    }

    public PairModel Train(IReadOnlyList<LabelledPair> pairs) => Fit(pairs).Model;

    /// <summary>The trees and calibration read back, and ML.NET's own probability for a feature row: the two must agree.</summary>
    public (PairModel Model, Func<float[], float> MlNetProbability) Fit(IReadOnlyList<LabelledPair> pairs)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(PairRow));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, PairFeatures.Count);
        var data = ml.Data.LoadFromEnumerable(pairs.Select(p => new PairRow { Label = p.Duplicate, Features = p.Features }), schema);
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = 200, NumberOfLeaves = 15, MinimumExampleCountPerLeaf = 10, LearningRate = 0.05,
            Seed = seed, NumberOfThreads = 1, Verbose = false, Silent = true,
        });
        var model = trainer.Fit(data);
        var ensemble = model.Model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, i) => new TreeEnsemble.Tree(
            ensemble.TreeWeights[i],
            [.. t.NumericalSplitFeatureIndexes], [.. t.NumericalSplitThresholds], [.. t.LeftChild], [.. t.RightChild], [.. t.LeafValues])).ToList();
        var engine = ml.Model.CreatePredictionEngine<PairRow, PairScore>(model, inputSchemaDefinition: schema);
        var calibrator = model.Model.Calibrator;
        return (new PairModel(new TreeEnsemble(trees, ensemble.Bias), calibrator.Slope, calibrator.Offset),
            features => engine.Predict(new PairRow { Features = features }).Probability);
    }

    sealed class PairScore
    {
        public float Probability { get; set; }
    }

    sealed class PairRow
    {
        public bool Label { get; set; }
        public float[] Features { get; set; } = [];
    }
}
