namespace Hub.Normalizer.Dedup;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: 16 bands of 4 slots. Two complaints whose shingle sets have
/// Jaccard 0.5 share a band with probability 1-(1-0.5⁴)¹⁶ ≈ 0.65, at 0.7 with ≈ 0.99, at 0.2 with ≈ 0.03.
/// A bucket keeps only its newest members: bands made of very common words would otherwise grow with the index
/// and turn every look-up into a scan.
/// </summary>
public sealed class LshBuckets(int keepPerBucket)
{
    const int Bands = 16;
    const int Rows = MinHasher.SignatureLength / Bands;

    readonly Dictionary<ulong, Queue<int>> buckets = [];

    public void Add(int document, uint[] signature)
    {
        foreach (var key in Keys(signature))
        {
            if (!buckets.TryGetValue(key, out var members))
            {
                buckets[key] = members = new Queue<int>();
            }

            members.Enqueue(document);
            if (members.Count > keepPerBucket)
            {
                members.Dequeue();
            }
        }
    }

    public IEnumerable<int> Candidates(uint[] signature) =>
        Keys(signature).SelectMany(k => buckets.TryGetValue(k, out var members) ? members : (IEnumerable<int>)[]);

    static IEnumerable<ulong> Keys(uint[] signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = (ulong)band * 0x9E3779B97F4A7C15;
            for (var row = 0; row < Rows; row++)
            {
                key = (key ^ signature[band * Rows + row]) * 1099511628211UL;
            }

            if (signature[band * Rows] != uint.MaxValue)
            {
                yield return key;
            }
        }
    }
}
