namespace Hub.Publisher.Statistics;

/// <summary>
/// Counts cases one at a time into <see cref="CaseTallies"/> as of <c>now</c>: the definition of every tally, used on
/// per-case facts in memory and on SQLite, whose GROUP BY sorts every row and is slower than counting here.
/// </summary>
public sealed class TallyCounter(DateTimeOffset now)
{
    readonly DateTime cutoff = now.UtcDateTime;
    readonly Dictionary<(int Opened, int Concluded), int> months = [];
    readonly Dictionary<(int Opened, string Category, string? UnitCode), int> received = [];
    readonly Dictionary<(int Opened, string Channel), int> channels = [];
    readonly Dictionary<int, List<long>> durations = [];

    /// <summary>One case that is an incident of its own (not linked into another), with the unit it counts for.</summary>
    public void AddCase(DateTime openedUtc, DateTime? concludedUtc, string category, string? unitCode)
    {
        var opened = BangkokMonth.Of(openedUtc);
        var concluded = concludedUtc is { } at ? BangkokMonth.Of(at) : 0;
        Increment(months, (opened, concluded), 1);
        if (openedUtc < cutoff)
        {
            Increment(received, (opened, category, unitCode), 1);
        }

        if (concludedUtc < cutoff)
        {
            var year = BangkokMonth.FiscalEndYear(concluded);
            if (!durations.TryGetValue(year, out var list))
            {
                durations[year] = list = [];
            }

            list.Add((concludedUtc.Value - openedUtc).Ticks);
        }
    }

    /// <summary>One report (complaint) through <paramref name="channel"/> of a case counted with <see cref="AddCase"/>.</summary>
    public void AddReport(DateTime caseOpenedUtc, string channel)
    {
        if (caseOpenedUtc < cutoff)
        {
            Increment(channels, (BangkokMonth.Of(caseOpenedUtc), channel), 1);
        }
    }

    public CaseTallies ToTallies() => new(
        months.Select(m => new MonthTally(m.Key.Opened, m.Key.Concluded == 0 ? null : m.Key.Concluded, m.Value)).ToList(),
        received.Select(r => new ReceivedTally(r.Key.Opened, r.Key.Category, r.Key.UnitCode, r.Value)).ToList(),
        channels.Select(c => new ChannelTally(c.Key.Opened, c.Key.Channel, c.Value)).ToList(),
        durations.Select(d =>
        {
            d.Value.Sort();
            return MedianDuration.Of(d.Key, d.Value);
        }).ToList());

    static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key, int by) where TKey : notnull =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += by;
}
