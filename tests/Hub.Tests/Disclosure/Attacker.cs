using Hub.Publisher.Disclosure;

namespace Hub.Tests.Disclosure;

/// <summary>
/// Everything the public can derive about one breakdown from two consecutive releases of a fiscal year: the totals,
/// the visible cells, that a hidden cell is at least 1 (zeros are shown; a withheld breakdown hides zeros too) and
/// that year-to-date counts never fall. Finds, by exhaustive search, every hidden cell whose value is forced.
/// </summary>
public static class Attacker
{
    public static List<string> Recovered(PublishedBreakdown? earlier, PublishedBreakdown later)
    {
        var cells = later.Cells.Count > 0 ? later.Cells.Select(c => c.Key).ToList() : earlier?.Cells.Select(c => c.Key).ToList() ?? [];
        var recovered = new List<string>();
        if (!later.Withheld)
        {
            recovered.AddRange(Forced(later, cells, (c, x) => Feasible(earlier, cells, upper: x, lower: null)).Select(c => "later:" + c));
        }

        if (earlier is { Withheld: false })
        {
            recovered.AddRange(Forced(earlier, cells, (c, x) => Feasible(later, cells, upper: null, lower: x)).Select(c => "earlier:" + c));
        }

        return recovered;
    }

    /// <summary>Cells hidden in <paramref name="release"/> that take one value in every assignment the other release allows.</summary>
    static IEnumerable<string> Forced(PublishedBreakdown release, List<string> cells, Func<string, Dictionary<string, int>, bool> otherFeasible)
    {
        var hidden = cells.Where(c => release.CountOf(c) is null).ToList();
        var rest = release.Total - cells.Sum(c => release.CountOf(c) ?? 0);
        var seen = hidden.ToDictionary(c => c, _ => new HashSet<int>());
        foreach (var assignment in Compositions(hidden, rest, 1))
        {
            var full = cells.ToDictionary(c => c, c => release.CountOf(c) ?? assignment[c]);
            if (otherFeasible("", full))
            {
                foreach (var c in hidden)
                {
                    seen[c].Add(assignment[c]);
                }
            }
        }

        return hidden.Where(c => seen[c].Count == 1);
    }

    /// <summary>Whether <paramref name="other"/> has an assignment with every cell ≤ upper (or ≥ lower).</summary>
    static bool Feasible(PublishedBreakdown? other, List<string> cells, Dictionary<string, int>? upper, Dictionary<string, int>? lower)
    {
        if (other is null)
        {
            return true;
        }

        var minimum = other.Withheld ? 0 : 1;
        int sumLow = 0, sumHigh = 0;
        foreach (var c in cells)
        {
            var known = other.Withheld ? null : other.CountOf(c);
            var low = known ?? Math.Max(minimum, lower?[c] ?? minimum);
            var high = known ?? (upper is null ? int.MaxValue / 1000 : upper[c]);
            if (known is { } k && ((upper is not null && k > upper[c]) || (lower is not null && k < lower[c])))
            {
                return false;
            }

            if (low > high)
            {
                return false;
            }

            sumLow += low;
            sumHigh += high;
        }

        var unknownTotal = other.Total;
        return sumLow <= unknownTotal && unknownTotal <= sumHigh;
    }

    static IEnumerable<Dictionary<string, int>> Compositions(List<string> cells, int total, int minimum)
    {
        if (cells.Count == 0)
        {
            if (total == 0)
            {
                yield return [];
            }

            yield break;
        }

        var first = cells[0];
        var others = cells.Skip(1).ToList();
        for (var v = minimum; v <= total - minimum * others.Count; v++)
        {
            foreach (var tail in Compositions(others, total - v, minimum))
            {
                tail[first] = v;
                yield return tail;
            }
        }
    }
}
