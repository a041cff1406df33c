namespace Hub.Normalizer.Learning;

/// <summary>
/// A logistic-regression model over hashed text features, trained by ML.NET (<c>hub normalize --train</c>) and
/// read back as plain weights, so inference is one sparse dot product and each decision can name the words that
/// weighed most.
/// </summary>
public sealed class LinearModel(float[] weights, float bias)
{
    public double Score(SparseVector features) => features.Dot(weights) + bias;

    public static double Probability(double score) => 1 / (1 + Math.Exp(-score));

    /// <summary>The nameable features of the text that pushed the score up most, strongest first.</summary>
    public IReadOnlyList<string> StrongestWords(string canonicalText, SparseVector features, int count)
    {
        var values = new Dictionary<int, float>(features.Indices.Length);
        for (var i = 0; i < features.Indices.Length; i++)
        {
            values[features.Indices[i]] = features.Values[i];
        }

        return TextFeaturizer.Nameable(canonicalText)
            .Select(f => (f.Words, Weight: weights[f.Bucket] * values.GetValueOrDefault(f.Bucket)))
            .Where(f => f.Weight > 0)
            .OrderByDescending(f => f.Weight)
            .Take(count)
            .Select(f => f.Words)
            .ToList();
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(bias);
        ModelFile.WriteSparse(writer, weights);
    }

    public static LinearModel Read(BinaryReader reader)
    {
        var bias = reader.ReadSingle();
        return new LinearModel(ModelFile.ReadSparse(reader), bias);
    }
}
