using System.Text;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Learning;

/// <summary>
/// Turns canonical Thai text into the hashed features the text models read: ICU words, word pairs and character
/// trigrams. Words carry meaning; trigrams survive what word breaking gets wrong — misspellings (เทศกิด), run-together
/// words, speech-to-text slips. Numbers become their digit count, so "300" and "500" read alike to a classifier.
/// Training and inference call this one method, so a model never sees features built another way.
/// </summary>
public static class TextFeaturizer
{
    /// <summary>2^18 buckets: few collisions for the tens of thousands of distinct n-grams a corpus holds.</summary>
    public const int Dimension = 1 << 18;

    const string WordPrefix = "w|";
    const string PairPrefix = "b|";

    public static SparseVector Featurize(string canonicalText) => Featurize(canonicalText, ThaiWordBreaker.Words(canonicalText), null);

    /// <summary>
    /// The features of a text already broken into <paramref name="words"/> (word breaking is the costly step, so a
    /// caller that has the words passes them); <paramref name="nameable"/>, when given, receives the words and word
    /// pairs with their buckets: what an explanation can name in Thai.
    /// </summary>
    public static SparseVector Featurize(string canonicalText, IReadOnlyList<string> words, Dictionary<int, string>? nameable)
    {
        var counts = new Dictionary<int, float>();
        foreach (var feature in Features(canonicalText, words))
        {
            var index = Bucket(feature);
            counts[index] = counts.GetValueOrDefault(index) + 1;
            if (nameable is not null && (feature.StartsWith(WordPrefix, StringComparison.Ordinal) || feature.StartsWith(PairPrefix, StringComparison.Ordinal)))
            {
                nameable.TryAdd(index, feature[2..].Replace("|", " ", StringComparison.Ordinal));
            }
        }

        return SparseVector.FromCounts(counts);
    }

    static IEnumerable<string> Features(string canonicalText, IReadOnlyList<string> words)
    {
        string? previous = null;
        foreach (var word in words)
        {
            var token = char.IsAsciiDigit(word[0]) ? "#" + word.Count(char.IsAsciiDigit) : word;
            yield return WordPrefix + token;
            if (previous is not null)
            {
                yield return PairPrefix + previous + "|" + token;
            }

            previous = token;
        }

        var compact = Compact(canonicalText);
        for (var i = 0; i + 3 <= compact.Length; i++)
        {
            yield return string.Concat("c|", compact.AsSpan(i, 3));
        }
    }

    static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                builder.Append(char.IsAsciiDigit(c) ? '#' : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>FNV-1a: stable across processes and runs, unlike <see cref="string.GetHashCode()"/>.</summary>
    static int Bucket(string feature)
    {
        var hash = 2166136261u;
        foreach (var c in feature)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (Dimension - 1));
    }
}
