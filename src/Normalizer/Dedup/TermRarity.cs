using Hub.Normalizer.Learning;

namespace Hub.Normalizer.Dedup;

/// <summary>
/// How common each content word is in the training corpus, so a complaint can be filed under its most distinctive
/// words ("ไอติม", "เอกชัย", "นาคนิวาส"). Retellings in different registers rarely share an LSH band, and often not a
/// place the gazetteer knows, but they share a few rare words; these become lookup keys (<c>term:…</c>).
/// </summary>
public sealed class TermRarity(IReadOnlyDictionary<string, int> documents)
{
    /// <summary>Few enough keys that a complaint's lookups stay cheap; enough that two retellings share one.</summary>
    public const int KeysPerComplaint = 6;

    public static TermRarity Shipped { get; } = ModelFile.LoadEmbedded("terms.bin", Read);

    public static TermRarity Count(IEnumerable<IReadOnlyList<string>> texts)
    {
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in texts)
        {
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                documents[word] = documents.GetValueOrDefault(word) + 1;
            }
        }

        return new TermRarity(documents);
    }

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
        writer.Write(documents.Count);
        foreach (var (word, count) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(count);
        }
    }

    public static TermRarity Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var documents = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            documents[reader.ReadString()] = reader.ReadInt32();
        }

        return new TermRarity(documents);
    }
}
