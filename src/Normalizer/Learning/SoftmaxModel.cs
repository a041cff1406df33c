namespace Hub.Normalizer.Learning;

/// <summary>A multiclass logistic-regression model (one linear model per class), trained by ML.NET.</summary>
public sealed class SoftmaxModel(IReadOnlyList<string> classes, IReadOnlyList<LinearModel> perClass)
{
    public IReadOnlyList<string> Classes => classes;

    /// <summary>Each class with its probability, most likely first.</summary>
    public IReadOnlyList<(string Class, double Probability)> Rank(SparseVector features)
    {
        var scores = perClass.Select(m => m.Score(features)).ToArray();
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return classes.Select((c, i) => (c, exp[i] / sum)).OrderByDescending(p => p.Item2).ToList();
    }

    public LinearModel Of(string @class) => perClass[classes.ToList().IndexOf(@class)];

    public void Write(BinaryWriter writer)
    {
        writer.Write(classes.Count);
        for (var i = 0; i < classes.Count; i++)
        {
            writer.Write(classes[i]);
            perClass[i].Write(writer);
        }
    }

    public static SoftmaxModel Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var classes = new List<string>();
        var models = new List<LinearModel>();
        for (var i = 0; i < count; i++)
        {
            classes.Add(reader.ReadString());
            models.Add(LinearModel.Read(reader));
        }

        return new SoftmaxModel(classes, models);
    }
}
