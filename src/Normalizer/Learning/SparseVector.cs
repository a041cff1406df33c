namespace Hub.Normalizer.Learning;

/// <summary>A feature vector that is mostly zeros: sorted distinct indices and their values.</summary>
public sealed record SparseVector(int[] Indices, float[] Values)
{
    public static SparseVector FromCounts(Dictionary<int, float> counts)
    {
        var indices = counts.Keys.ToArray();
        Array.Sort(indices);
        var values = new float[indices.Length];
        double norm = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            // sublinear term frequency: a word said five times is not five times the evidence
            values[i] = 1 + MathF.Log(counts[indices[i]]);
            norm += values[i] * values[i];
        }

        var scale = norm == 0 ? 0 : (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= scale;
        }

        return new SparseVector(indices, values);
    }

    public double Dot(float[] weights)
    {
        double sum = 0;
        for (var i = 0; i < Indices.Length; i++)
        {
            sum += weights[Indices[i]] * Values[i];
        }

        return sum;
    }
}
