using Hub.Publisher.Statistics;

namespace Hub.Publisher.Disclosure;

/// <summary>
/// Small-cell suppression for one breakdown (regulation.md SDC-1..6). Primary: every count from 1 to k−1 is hidden;
/// zero is shown. Secondary: the public knows the total, that a hidden cell is at least 1 (zeros are shown) and,
/// from the previous release of the same fiscal year, lower bounds (year-to-date counts only grow): each cell it
/// showed, and the sum of the cells it hid. A hidden cell is recoverable exactly when the hidden cells could not hold
/// one case more than those lower bounds, or when it is hidden alone; more cells are hidden, smallest first, until
/// neither holds. Cells hidden in the
/// previous release stay hidden, so no release gives an upper bound for a value an earlier one hid. When nothing
/// else is left to hide the breakdown is withheld whole rather than shown recoverable.
/// </summary>
public static class CellSuppressor
{
    public static PublishedBreakdown Protect(Breakdown raw, int k, PublishedBreakdown? previous)
    {
        var lower = raw.Cells.ToDictionary(c => c.Key, c => LowerBound(c, previous), StringComparer.Ordinal);
        var hidden = raw.Cells
            .Where(c => c.Count > 0 && (c.Count < k || HiddenBefore(c.Key, previous)))
            .Select(c => c.Key)
            .ToHashSet(StringComparer.Ordinal);
        var candidates = new Queue<BreakdownCell>(raw.Cells
            .Where(c => c.Count > 0 && !hidden.Contains(c.Key))
            .OrderBy(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal));
        var hiddenBeforeSum = previous is null ? 0 : previous.Total - previous.Cells.Sum(c => c.Count ?? 0);
        while (hidden.Count > 0 && !Protected(raw, hidden, lower, previous, hiddenBeforeSum))
        {
            if (!candidates.TryDequeue(out var next))
            {
                return new PublishedBreakdown(raw.Key, raw.TitleTh, raw.TitleEn, raw.CountedTh, raw.CountedEn, raw.Total, Withheld: true, []);
            }

            hidden.Add(next.Key);
        }

        return new PublishedBreakdown(raw.Key, raw.TitleTh, raw.TitleEn, raw.CountedTh, raw.CountedEn, raw.Total, Withheld: false,
            raw.Cells.Select(c => new PublishedCell(c.Key, c.LabelTh, c.LabelEn, hidden.Contains(c.Key) ? null : c.Count)).ToList());
    }

    static bool Protected(Breakdown raw, HashSet<string> hidden, Dictionary<string, int> lower, PublishedBreakdown? previous, int hiddenBeforeSum)
    {
        var hiddenSum = raw.Cells.Where(c => hidden.Contains(c.Key)).Sum(c => c.Count);
        // Sticky suppression keeps every earlier-hidden nonzero cell in `hidden`, so together they hold at least their old sum.
        var hiddenBefore = hidden.Count(h => HiddenBefore(h, previous));
        var bound = hidden.Where(h => !HiddenBefore(h, previous)).Sum(h => lower[h]) + Math.Max(hiddenBefore, hiddenBeforeSum);
        return hidden.Count >= 2 && hiddenSum > bound;
    }

    static bool HiddenBefore(string cell, PublishedBreakdown? previous) =>
        previous is not null && (previous.Withheld || previous.CountOf(cell) is null);

    static int LowerBound(BreakdownCell cell, PublishedBreakdown? previous) =>
        Math.Max(1, previous is { Withheld: false } && previous.CountOf(cell.Key) is { } shown ? shown : 1);
}
