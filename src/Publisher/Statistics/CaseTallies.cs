namespace Hub.Publisher.Statistics;

/// <summary>
/// Every case reduced to what the statistics count, as of one instant (<c>now</c>): a few thousand grouped counts
/// instead of a row per case (see CaseTalliesReader). Months are
/// <see cref="BangkokMonth"/> numbers.
/// </summary>
public sealed record CaseTallies(
    IReadOnlyList<MonthTally> Months,
    IReadOnlyList<ReceivedTally> Received,
    IReadOnlyList<ChannelTally> Channels,
    IReadOnlyList<MedianDuration> Medians)
{
    /// <summary>The tallies of per-case facts counted in memory.</summary>
    public static CaseTallies Of(IEnumerable<CaseFacts> cases, DateTimeOffset now)
    {
        var counter = new TallyCounter(now);
        foreach (var c in cases)
        {
            counter.AddCase(c.OpenedUtc, c.ConcludedUtc, c.Category, c.UnitCode);
            foreach (var channel in c.Channels)
            {
                counter.AddReport(c.OpenedUtc, channel);
            }
        }

        return counter.ToTallies();
    }
}

/// <summary>Cases opened in one month and concluded in another (or not concluded: null).</summary>
public readonly record struct MonthTally(int Opened, int? Concluded, int Cases);

/// <summary>Cases opened in a month before <c>now</c>, by category and responsible unit (null: none known).</summary>
public readonly record struct ReceivedTally(int Opened, string Category, string? UnitCode, int Cases);

/// <summary>Reports through one channel of the cases opened in a month before <c>now</c>.</summary>
public readonly record struct ChannelTally(int Opened, string Channel, int Reports);

/// <summary>
/// The middle one or two opening-to-conclusion durations (in ticks, exact) of the cases concluded before <c>now</c>
/// in the fiscal year ending in <see cref="FiscalEndYear"/>; equal when their number is odd.
/// </summary>
public readonly record struct MedianDuration(int FiscalEndYear, long LowerTicks, long UpperTicks)
{
    public static MedianDuration Of(int fiscalEndYear, List<long> sortedTicks) =>
        new(fiscalEndYear, sortedTicks[(sortedTicks.Count - 1) / 2], sortedTicks[sortedTicks.Count / 2]);

    /// <summary>(a + a) / 2 is a again in floating point, so odd and even counts share one formula.</summary>
    public double Days => Math.Round((TimeSpan.FromTicks(LowerTicks).TotalDays + TimeSpan.FromTicks(UpperTicks).TotalDays) / 2, 1);
}
