using Hub.Normalizer.Learning;

namespace Hub.Normalizer.Dedup;

/// <summary>
/// How common each content word is in the training corpus, so a complaint can be filed under its most distinctive
/// words ("ไอติม", "เอกชัย", "นาคนิวาส"). Retellings in different registers rarely share an LSH band, and often not a
/// place the gazetteer knows, but they share a few rare words; these become lookup keys (<c>term:…</c>).
/// The same counts are the prior of the duplicate scorer's IDF (<see cref="Idf"/>): a new deployment, or a test with
/// three complaints, would otherwise call every word common and every retelling unremarkable.
/// </summary>
public sealed class TermRarity(IReadOnlyDictionary<string, int> documents, int corpusSize)
{
    /// <summary>Few enough keys that a complaint's lookups stay cheap; enough that two retellings share one.</summary>
    public const int KeysPerComplaint = 6;

    public static TermRarity Shipped { get; } = ModelFile.LoadEmbedded("terms.bin", Read);

    public static TermRarity Count(IEnumerable<IReadOnlyList<string>> texts)
    {
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        var size = 0;
        foreach (var words in texts)
        {
            size++;
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                documents[word] = documents.GetValueOrDefault(word) + 1;
            }
        }

        return new TermRarity(documents, size);
    }

    /// <summary>
    /// Smoothed inverse document frequency of a word over the corpus and the <paramref name="liveDocuments"/> seen
    /// since (<paramref name="liveContaining"/> of them with the word): a word every complaint uses ("เจ้าหน้าที่")
    /// says little about which incident.
    /// </summary>
    public double Idf(string word, long liveDocuments, long liveContaining) =>
        Idf(corpusSize + liveDocuments, documents.GetValueOrDefault(word) + liveContaining);

    /// <summary>The corpus's share of <see cref="Idf(string, long, long)"/>, for an index that keeps its own counts per word id.</summary>
    public int CorpusSize => corpusSize;

    public int DocumentsContaining(string word) => documents.GetValueOrDefault(word);

    public static double Idf(long documents, long containing) => Math.Log((documents + 2.0) / (containing + 1.0));

    /// <summary>The rarest words of a text (unseen first), one-letter tokens and bare small numbers left out.</summary>
    public IReadOnlyList<string> Distinctive(IReadOnlyList<string> words) =>
        words.Distinct(StringComparer.Ordinal)
            .Where(w => w.Length >= 2 && !(w.All(char.IsAsciiDigit) && w.Length < 2))
            .OrderBy(w => documents.GetValueOrDefault(w))
            .ThenBy(w => w, StringComparer.Ordinal)
            .Take(KeysPerComplaint)
            .ToList();

    public void Write(BinaryWriter writer)
    {
        writer.Write(corpusSize);
        writer.Write(documents.Count);
        foreach (var (word, count) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(count);
        }
    }

    public static TermRarity Read(BinaryReader reader)
    {
        var size = reader.ReadInt32();
        var count = reader.ReadInt32();
        var documents = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            documents[reader.ReadString()] = reader.ReadInt32();
        }

        return new TermRarity(documents, size);
    }
}
