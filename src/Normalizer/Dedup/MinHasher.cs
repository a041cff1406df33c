namespace Hub.Normalizer.Dedup;

/// <summary>
/// MinHash over word shingles (single content words and adjacent pairs): the fraction of equal signature slots
/// estimates the Jaccard similarity of two complaints' shingle sets, and LSH bands over the signature find
/// near-copies without comparing against every stored complaint.
/// </summary>
public static class MinHasher
{
    public const int SignatureLength = 64;

    // Fixed seeds so signatures are comparable across processes and releases.
    static readonly (ulong A, ulong B)[] Permutations = Enumerable.Range(0, SignatureLength)
        .Select(i => (Mix((ulong)i * 2 + 1) | 1, Mix((ulong)i * 2 + 2)))
        .ToArray();

    public static uint[] Signature(IReadOnlyList<string> words)
    {
        var signature = Enumerable.Repeat(uint.MaxValue, SignatureLength).ToArray();
        foreach (var shingle in Shingles(words))
        {
            for (var i = 0; i < SignatureLength; i++)
            {
                var value = (uint)((Permutations[i].A * shingle + Permutations[i].B) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    public static double EstimatedJaccard(uint[] a, uint[] b)
    {
        var equal = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            equal += a[i] == b[i] && a[i] != uint.MaxValue ? 1 : 0;
        }

        return equal / (double)SignatureLength;
    }

    static IEnumerable<ulong> Shingles(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            yield return Hash(words[i]);
            if (i + 1 < words.Count)
            {
                yield return Hash(words[i] + " " + words[i + 1]);
            }
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units, finished with a mixer so nearby strings spread apart.</summary>
    static ulong Hash(string shingle)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in shingle)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}
