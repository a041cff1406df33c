namespace Hub.Publisher.Statistics;

/// <summary>
/// Raw counts of one dimension (category, unit, channel) over the fiscal year to date, before disclosure control.
/// <see cref="Total"/> is the sum of the cells; every known value is a cell, including zeros.
/// </summary>
public sealed record Breakdown(string Key, string TitleTh, string TitleEn, string CountedTh, string CountedEn, IReadOnlyList<BreakdownCell> Cells)
{
    public int Total => Cells.Sum(c => c.Count);
}

public sealed record BreakdownCell(string Key, string LabelTh, string LabelEn, int Count);
