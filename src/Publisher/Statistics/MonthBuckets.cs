namespace Hub.Publisher.Statistics;

/// <summary>
/// The published months of one fiscal year as buckets of <see cref="BangkokMonth"/> numbers: bucket 0 is before the
/// year; bucket <c>i + 1</c> is month <c>i</c>; the last bucket is after the last published month.
/// </summary>
sealed class MonthBuckets(int firstMonth, int months)
{
    public int Months => months;

    /// <summary>How many buckets a month can fall into: before, each month, after.</summary>
    public int Count => months + 2;

    public int Of(int month) => month < firstMonth ? 0 : Math.Min(BangkokMonth.Between(firstMonth, month), months) + 1;
}
