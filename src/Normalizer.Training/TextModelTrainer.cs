using Hub.Normalizer.Classification;
using Hub.Normalizer.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Hub.Normalizer.Training;

/// <summary>A complaint's text features with its labels, featurized once per run.</summary>
public sealed record FeaturizedExample(Example Example, SparseVector Features);

/// <summary>
/// Trains the two text models with ML.NET's L-BFGS logistic regression (binary and multiclass) on hashed text
/// features, and reads the trained weights back into <see cref="LinearModel"/>s the normalizer evaluates itself.
/// </summary>
public sealed class TextModelTrainer(int seed)
{
    /// <summary>Regularisation for a few thousand short texts over 2^18 sparse features; chosen on the training folds only.</summary>
    const float L2 = 0.0005f;
    const float L1 = 0f;

    public static IReadOnlyList<string> InScope { get; } = Taxonomy.Categories.Select(c => c.Code).Where(c => c != Taxonomy.NotCorruption).ToList();

    public LinearModel TrainIntegrity(IReadOnlyList<FeaturizedExample> examples)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new BinaryRow { Label = e.Example.Label.IsCorruption, Features = Vector(e.Features) }), Schema<BinaryRow>());
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = L2, L1Regularization = L1, NumberOfThreads = 1, OptimizationTolerance = 1e-6f,
        });
        var model = trainer.Fit(data).Model.SubModel;
        return new LinearModel(model.Weights.ToArray(), model.Bias);
    }

    public SoftmaxModel TrainCategories(IReadOnlyList<FeaturizedExample> examples) => FitCategories(examples).Model;

    /// <summary>The model read back, and ML.NET's own predicted class for a feature vector: the two must agree.</summary>
    public (SoftmaxModel Model, Func<SparseVector, string> MlNetClass) FitCategories(IReadOnlyList<FeaturizedExample> examples)
    {
        var ml = new MLContext(seed);
        var rows = examples.Where(e => e.Example.Label.IsCorruption && InScope.Contains(e.Example.Label.Category))
            .Select(e => new CategoryRow { Category = e.Example.Label.Category, Features = Vector(e.Features) });
        var data = ml.Data.LoadFromEnumerable(rows, Schema<CategoryRow>());
        // the key order is InScope's, so class k of the trained weights is InScope[k]
        var order = ml.Data.LoadFromEnumerable(InScope.Select(c => new CategoryName { Category = c }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(CategoryRow.Category), keyData: order)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = L2, L1Regularization = L1, NumberOfThreads = 1, OptimizationTolerance = 1e-6f,
            }));
        var fitted = pipeline.Fit(data);
        var model = fitted.LastTransformer.Model;
        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out var classes);
        var biases = model.GetBiases().ToArray();
        var engine = ml.Model.CreatePredictionEngine<CategoryRow, CategoryPrediction>(fitted, inputSchemaDefinition: Schema<CategoryRow>());
        if (classes != InScope.Count)
        {
            throw new InvalidOperationException($"The category model has {classes} classes, not {InScope.Count}.");
        }

        return (new SoftmaxModel(InScope, Enumerable.Range(0, classes).Select(k => new LinearModel(weights[k].DenseValues().ToArray(), biases[k])).ToList()),
            features => InScope[(int)engine.Predict(new CategoryRow { Features = Vector(features) }).PredictedLabel - 1]);
    }

    sealed class CategoryName
    {
        public string Category { get; set; } = "";
    }

    sealed class CategoryPrediction
    {
        public uint PredictedLabel { get; set; }
    }

    static VBuffer<float> Vector(SparseVector features) =>
        new(TextFeaturizer.Dimension, features.Indices.Length, features.Values, features.Indices);

    static SchemaDefinition Schema<T>()
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, TextFeaturizer.Dimension);
        return schema;
    }

    sealed class BinaryRow
    {
        public bool Label { get; set; }
        public VBuffer<float> Features { get; set; }
    }

    sealed class CategoryRow
    {
        public string Category { get; set; } = "";
        public VBuffer<float> Features { get; set; }
    }
}
