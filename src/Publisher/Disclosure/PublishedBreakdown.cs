namespace Hub.Publisher.Disclosure;

/// <summary>
/// A breakdown as the public sees it. A cell with a null <see cref="PublishedCell.Count"/> is suppressed; a withheld
/// breakdown shows its total only. This is also the record of what earlier releases revealed (regulation.md SDC-6).
/// </summary>
public sealed record PublishedBreakdown(
    string Key, string TitleTh, string TitleEn, string CountedTh, string CountedEn, int Total, bool Withheld, IReadOnlyList<PublishedCell> Cells)
{
    public int? CountOf(string cell) => Cells.FirstOrDefault(c => c.Key == cell)?.Count;
}

public sealed record PublishedCell(string Key, string LabelTh, string LabelEn, int? Count)
{
    public bool Suppressed => Count is null;
}
