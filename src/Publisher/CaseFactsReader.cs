using Hub.CaseStore.Persistence;
using Hub.Publisher.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Hub.Publisher;

/// <summary>
/// Reads every case's facts with two flat queries — the cases, then (case, channel) of every complaint — and joins
/// them in memory. A per-case list of channels in one EF query becomes a correlated subquery per case, which
/// dominated publishing at scale. The case id only joins the two reads; it never reaches <see cref="CaseFacts"/>.
/// </summary>
static class CaseFactsReader
{
    public static async Task<List<CaseFacts>> ReadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var channels = new Dictionary<Guid, List<string>>();
        // Channel codes repeat on every row; one shared string per code keeps a million lists small.
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var complaint in db.Complaints.AsNoTracking().Select(x => new { x.CaseId, x.Channel }).AsAsyncEnumerable()
                           .WithCancellation(cancellationToken))
        {
            var code = codes.TryGetValue(complaint.Channel, out var shared) ? shared : codes[complaint.Channel] = complaint.Channel;
            if (channels.TryGetValue(complaint.CaseId, out var list))
            {
                list.Add(code);
            }
            else
            {
                channels.Add(complaint.CaseId, [code]);
            }
        }

        var facts = new List<CaseFacts>(channels.Count);
        await foreach (var c in db.Cases.AsNoTracking().Select(c => new { c.Id, c.OpenedAtUtc, c.ConcludedAtUtc, c.Category, c.UnitCode })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            facts.Add(new CaseFacts(c.OpenedAtUtc, c.ConcludedAtUtc, c.Category, c.UnitCode, channels.GetValueOrDefault(c.Id) ?? []));
        }

        return facts;
    }
}
