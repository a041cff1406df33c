namespace Hub.Normalizer.Dedup;

/// <summary>
/// Inverted index from entity keys (place, official, identifier, unit+amount, unit+category) to the most recent
/// complaints carrying them. Each list keeps only its newest entries, so a lookup costs the same at a thousand
/// complaints or a million: retellings of one incident arrive close together in time.
/// </summary>
public sealed class EntityPostings(int keepPerKey)
{
    readonly Dictionary<string, Queue<int>> postings = new(StringComparer.Ordinal);

    public void Add(int document, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (!postings.TryGetValue(key, out var documents))
            {
                postings[key] = documents = new Queue<int>();
            }

            documents.Enqueue(document);
            if (documents.Count > keepPerKey)
            {
                documents.Dequeue();
            }
        }
    }

    /// <summary>Appends the documents of each key to <paramref name="into"/>.</summary>
    public void Candidates(IEnumerable<string> keys, List<int> into)
    {
        foreach (var key in keys)
        {
            if (postings.TryGetValue(key, out var documents))
            {
                into.AddRange(documents);
            }
        }
    }
}
