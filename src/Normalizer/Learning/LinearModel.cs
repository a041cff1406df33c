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

    /// <summary>The nameable features (bucket → words) that pushed the score up most, strongest first.</summary>
    public IReadOnlyList<string> StrongestWords(SparseVector features, IReadOnlyDictionary<int, string> nameable, int count)
    {
        var strongest = new List<(string Words, float Weight)>();
        for (var i = 0; i < features.Indices.Length; i++)
        {
            var weight = weights[features.Indices[i]] * features.Values[i];
            if (weight > 0 && nameable.TryGetValue(features.Indices[i], out var words))
            {
                strongest.Add((words, weight));
            }
        }

        return strongest.OrderByDescending(f => f.Weight).Take(count).Select(f => f.Words).ToList();
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
