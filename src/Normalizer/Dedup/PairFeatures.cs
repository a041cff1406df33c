namespace Hub.Normalizer.Dedup;

/// <summary>
/// What the learned duplicate scorer reads about a pair of complaints: text similarity in several forms, agreement
/// and conflict of each kind of incident slot, time apart and reporter. Built only from what a fingerprint keeps, so
/// the case store's live linker (fingerprints from the database) and <c>hub normalize</c> compute the same. The door a
/// complaint came through is left out on purpose: the written corpus retells incidents across channels, so a
/// "same channel" feature learned that two web-form reports of one viral incident are unlikely to match.
/// </summary>
public static class PairFeatures
{
    public static readonly string[] Names =
    [
        "text_idf_jaccard", "text_jaccard", "text_idf_overlap", "shared_idf_mass",
        "identifier_shared", "identifier_conflict", "official_shared", "official_conflict",
        "place_shared", "place_conflict", "place_share", "amount_shared", "amount_conflict",
        "unit_same", "unit_conflict", "unit_unknown", "category_same", "corruption_differs",
        "reporter_same", "reporter_differs", "days_apart_log", "length_ratio", "length_min_log",
        "shared_max_idf", "shared_rare_words",
    ];

    public static int Count => Names.Length;

    public static void Compute(IndexedComplaint a, IndexedComplaint b, Func<int, double> idf, Span<float> into)
    {
        var (both, either, onlyA, onlyB, shared, union, maxShared, rareShared) = Overlap(a.WordIds, b.WordIds, idf);
        var x = a.Source;
        var y = b.Source;
        into[0] = (float)(either == 0 ? 0 : both / either);
        into[1] = union == 0 ? 0 : shared / (float)union;
        into[2] = (float)(Math.Min(onlyA, onlyB) + both == 0 ? 0 : both / (Math.Min(onlyA, onlyB) + both));
        into[3] = (float)Math.Log(1 + both);
        (into[4], into[5]) = Agreement(x.Identifiers, y.Identifiers);
        (into[6], into[7]) = Agreement(x.Officials, y.Officials);
        (into[8], into[9]) = Agreement(x.Places, y.Places);
        into[10] = x.Places.Count + y.Places.Count == 0 ? 0 : into[8] / (x.Places.Union(y.Places).Count());
        (into[11], into[12]) = Agreement(x.Amounts, y.Amounts);
        var known = x.Unit != "UNKNOWN" && y.Unit != "UNKNOWN";
        into[13] = known && x.Unit == y.Unit ? 1 : 0;
        into[14] = known && x.Unit != y.Unit ? 1 : 0;
        into[15] = known ? 0 : 1;
        into[16] = x.Category == y.Category ? 1 : 0;
        into[17] = (x.Category == "NOT_CORRUPTION") != (y.Category == "NOT_CORRUPTION") ? 1 : 0;
        var reporters = x.ReporterKey is not null && y.ReporterKey is not null;
        into[18] = reporters && x.ReporterKey == y.ReporterKey ? 1 : 0;
        into[19] = reporters && x.ReporterKey != y.ReporterKey ? 1 : 0;
        into[20] = (float)Math.Log(1 + (x.ReceivedAt - y.ReceivedAt).Duration().TotalDays);
        var (shorter, longer) = (Math.Min(a.WordIds.Length, b.WordIds.Length), Math.Max(a.WordIds.Length, b.WordIds.Length));
        into[21] = longer == 0 ? 0 : shorter / (float)longer;
        into[22] = (float)Math.Log(1 + shorter);
        into[23] = (float)maxShared;
        into[24] = rareShared;
    }

    /// <summary>How many values both share, and whether both have some yet share none (a conflict).</summary>
    static (float Shared, float Conflict) Agreement<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return (0, 0);
        }

        var shared = a.Count(b.Contains);
        return (shared, shared == 0 ? 1 : 0);
    }

    /// <summary>Word overlap by IDF mass and count, the rarest shared word, and how many shared words are rare (a name, a soi, a plate).</summary>
    static (double Both, double Either, double OnlyA, double OnlyB, int Shared, int Union, double MaxShared, int RareShared) Overlap(int[] a, int[] b, Func<int, double> idf)
    {
        const double Rare = 3.0; // IDF of a word in fewer than about one complaint in twenty
        double both = 0, onlyA = 0, onlyB = 0, maxShared = 0;
        int shared = 0, union = 0, rareShared = 0, i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            union++;
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                onlyA += idf(a[i++]);
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                onlyB += idf(b[j++]);
            }
            else
            {
                var weight = idf(a[i]);
                both += weight;
                maxShared = Math.Max(maxShared, weight);
                rareShared += weight >= Rare ? 1 : 0;
                shared++;
                i++;
                j++;
            }
        }

        return (both, both + onlyA + onlyB, onlyA, onlyB, shared, union, maxShared, rareShared);
    }
}
