namespace Hub.Normalizer.Learning;

/// <summary>Boosted trees with the Platt calibration ML.NET fitted to them: a probability that two complaints tell one incident.</summary>
public sealed record PairModel(TreeEnsemble Trees, double Slope, double Offset)
{
    public static PairModel Untrained { get; } = new(new TreeEnsemble([], 0), 0, 0);

    public double Probability(ReadOnlySpan<float> features) => 1 / (1 + Math.Exp((Slope * Trees.Score(features)) + Offset));

    public void Write(BinaryWriter writer)
    {
        writer.Write(Slope);
        writer.Write(Offset);
        Trees.Write(writer);
    }

    public static PairModel Read(BinaryReader reader)
    {
        var slope = reader.ReadDouble();
        var offset = reader.ReadDouble();
        return new PairModel(TreeEnsemble.Read(reader), slope, offset);
    }
}

/// <summary>
/// Gradient-boosted regression trees (trained by ML.NET's LightGBM) read back as arrays: a node goes left when its
/// feature is at most the threshold; a negative child <c>~k</c> is leaf k. Evaluating ~100 small trees on a dozen
/// features costs microseconds, so a complaint's 96 candidates are scored well inside a millisecond.
/// </summary>
public sealed class TreeEnsemble(IReadOnlyList<TreeEnsemble.Tree> trees, double bias)
{
    public sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf);

    public double Score(ReadOnlySpan<float> features)
    {
        var sum = bias;
        foreach (var tree in trees)
        {
            var node = 0;
            if (tree.Leaf.Length > 1)
            {
                while (node >= 0)
                {
                    node = features[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
                }

                node = ~node;
            }

            sum += tree.Weight * tree.Leaf[node];
        }

        return sum;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(bias);
        writer.Write(trees.Count);
        foreach (var tree in trees)
        {
            writer.Write(tree.Weight);
            writer.Write(tree.Feature.Length);
            for (var i = 0; i < tree.Feature.Length; i++)
            {
                writer.Write(tree.Feature[i]);
                writer.Write(tree.Threshold[i]);
                writer.Write(tree.Left[i]);
                writer.Write(tree.Right[i]);
            }

            writer.Write(tree.Leaf.Length);
            foreach (var leaf in tree.Leaf)
            {
                writer.Write(leaf);
            }
        }
    }

    public static TreeEnsemble Read(BinaryReader reader)
    {
        var bias = reader.ReadDouble();
        var trees = new Tree[reader.ReadInt32()];
        for (var t = 0; t < trees.Length; t++)
        {
            var weight = reader.ReadDouble();
            var nodes = reader.ReadInt32();
            var (feature, threshold, left, right) = (new int[nodes], new float[nodes], new int[nodes], new int[nodes]);
            for (var i = 0; i < nodes; i++)
            {
                (feature[i], threshold[i], left[i], right[i]) = (reader.ReadInt32(), reader.ReadSingle(), reader.ReadInt32(), reader.ReadInt32());
            }

            var leaves = new double[reader.ReadInt32()];
            for (var i = 0; i < leaves.Length; i++)
            {
                leaves[i] = reader.ReadDouble();
            }

            trees[t] = new Tree(weight, feature, threshold, left, right, leaves);
        }

        return new TreeEnsemble(trees, bias);
    }
}
