using System.Globalization;
using Hub.Normalizer.Learning;

namespace Hub.Normalizer.Classification;

/// <summary>The category and the signals that decided it, in Thai first; <see cref="NeedsScreening"/> when the call was close.</summary>
public sealed record CategoryDecision(string Category, bool IsCorruption, IReadOnlyList<string> Signals, bool NeedsScreening = false);

/// <summary>
/// Two learned text models (<c>hub normalize --train</c>): an integrity model that asks "does this allege wrongdoing
/// by an official?" and a category model over the nine in-scope categories. The integrity threshold is chosen on
/// cross-validation for recall ≥ 0.98, because a corruption complaint sent to a general service channel exposes its
/// reporter; a complaint between that threshold and an even call stays an integrity complaint marked "needs screening".
/// </summary>
public sealed class CategoryClassifier(LinearModel integrity, SoftmaxModel categories, double threshold)
{
    const double EvenCall = 0.5;
    const int ExplainedWords = 4;

    public static CategoryClassifier Shipped { get; } = ModelFile.LoadEmbedded("category.bin", Read);

    public double Threshold => threshold;

    public CategoryDecision Classify(string canonicalText) => Classify(canonicalText, Text.ThaiWordBreaker.Words(canonicalText));

    /// <summary>The decision for a text already broken into words (see <see cref="Text.ThaiWordBreaker.Words"/>).</summary>
    public CategoryDecision Classify(string canonicalText, IReadOnlyList<string> words)
    {
        var nameable = new Dictionary<int, string>();
        var features = TextFeaturizer.Featurize(canonicalText, words, nameable);
        var probability = LinearModel.Probability(integrity.Score(features));
        var score = $"{probability.ToString("0.00", CultureInfo.InvariantCulture)} (เกณฑ์ / threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)})";
        if (probability < threshold)
        {
            return new CategoryDecision(Taxonomy.NotCorruption, false, [$"คะแนนเรื่องทุจริต / integrity score {score}: คำขอบริการทั่วไป / a general service request"]);
        }

        var (category, confidence) = categories.Rank(features)[0];
        var signals = new List<string> { $"คะแนนเรื่องทุจริต / integrity score {score}" };
        var strongest = integrity.StrongestWords(features, nameable, ExplainedWords);
        if (strongest.Count > 0)
        {
            signals.Add("คำที่ชี้ว่าเป็นเรื่องทุจริต / words pointing to wrongdoing: " + string.Join(", ", strongest));
        }

        var categoryWords = categories.Of(category).StrongestWords(features, nameable, ExplainedWords);
        signals.Add($"{category} {confidence.ToString("0.00", CultureInfo.InvariantCulture)}" + (categoryWords.Count > 0 ? ": " + string.Join(", ", categoryWords) : ""));
        var screening = probability < EvenCall;
        if (screening)
        {
            signals.Add("ต้องคัดกรอง: ไม่แน่ชัดว่ากล่าวหาเจ้าหน้าที่ จึงถือเป็นเรื่องทุจริตไว้ก่อน / needs screening: unclear allegation, kept as an integrity complaint");
        }

        return new CategoryDecision(category, true, signals, screening);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(threshold);
        integrity.Write(writer);
        categories.Write(writer);
    }

    public static CategoryClassifier Read(BinaryReader reader)
    {
        var threshold = reader.ReadDouble();
        return new CategoryClassifier(LinearModel.Read(reader), SoftmaxModel.Read(reader), threshold);
    }
}
