namespace Hub.Publisher.Statistics;

/// <summary>
/// The month boundaries of one fiscal year up to the publication date, so each instant is placed once by a binary
/// search instead of being compared against every month. Bucket 0 is before the year; bucket <c>i + 1</c> is month
/// <c>i</c>; the last bucket is after the last published month.
/// </summary>
sealed class MonthBuckets(DateTime[] boundaries)
{
    /// <summary>The year's start followed by the end of each published month.</summary>
    public DateTime[] Boundaries { get; } = boundaries;

    public int Months => Boundaries.Length - 1;

    /// <summary>How many buckets an instant can fall into: before, each month, after.</summary>
    public int Count => Boundaries.Length + 1;

    /// <summary>The number of boundaries at or before <paramref name="instant"/>, i.e. the index of its bucket.</summary>
    public int Of(DateTime instant)
    {
        int low = 0, high = Boundaries.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Boundaries[middle] <= instant)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
