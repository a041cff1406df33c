namespace Hub.Normalizer.Text;

/// <summary>Thai function words, particles and fillers that say nothing about which incident a complaint is about.</summary>
public static class ThaiStopWords
{
    static readonly HashSet<string> Words = EmbeddedText.Lines("stopwords-th.txt").ToHashSet(StringComparer.Ordinal);

    public static bool Contains(string word) => word.Length <= 1 || Words.Contains(word);
}
