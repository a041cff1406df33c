namespace Hub.Normalizer.Dedup;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: 16 bands of 4 slots. Two complaints whose shingle sets have
/// Jaccard 0.5 share a band with probability 1-(1-0.5⁴)¹⁶ ≈ 0.65, at 0.7 with ≈ 0.99, at 0.2 with ≈ 0.03.
/// Each bucket is a chain through the documents, newest first (one int per document and band instead of a list per
/// bucket: at a million complaints most of the sixteen million buckets hold one document), and a look-up walks only
/// the newest members, since bands of very common words would otherwise turn it into a scan.
/// </summary>
public sealed class LshBuckets(int walkPerBucket)
{
    const int Bands = 16;
    const int Rows = MinHasher.SignatureLength / Bands;

    readonly Dictionary<ulong, int> newest = [];
    readonly List<int> previous = []; // [document * Bands + band] → older document in the same bucket, or -1

    public void Add(int document, uint[] signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = Key(signature, band);
            previous.Add(key is { } k && newest.TryGetValue(k, out var older) ? older : -1);
            if (key is { } bucket)
            {
                newest[bucket] = document;
            }
        }
    }

    /// <summary>Appends the newest members of each band's bucket to <paramref name="into"/>.</summary>
    public void Candidates(uint[] signature, List<int> into)
    {
        for (var band = 0; band < Bands; band++)
        {
            if (Key(signature, band) is not { } key || !newest.TryGetValue(key, out var document))
            {
                continue;
            }

            for (var walked = 0; document >= 0 && walked < walkPerBucket; walked++)
            {
                into.Add(document);
                document = previous[document * Bands + band];
            }
        }
    }

    /// <summary>The bucket keys of a signature, for stores that keep the buckets themselves (the case store's database).</summary>
    public static IEnumerable<ulong> BandKeys(IReadOnlyList<uint> signature)
    {
        var slots = signature as uint[] ?? [.. signature];
        for (var band = 0; band < Bands; band++)
        {
            if (Key(slots, band) is { } key)
            {
                yield return key;
            }
        }
    }

    static ulong? Key(ReadOnlySpan<uint> signature, int band)
    {
        if (signature[band * Rows] == uint.MaxValue)
        {
            return null; // an empty text has no shingles to share
        }

        var key = (ulong)band * 0x9E3779B97F4A7C15;
        for (var row = 0; row < Rows; row++)
        {
            key = (key ^ signature[band * Rows + row]) * 1099511628211UL;
        }

        return key;
    }
}
