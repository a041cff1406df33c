using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingestion.Traffy.Feeds;

/// <summary>How to walk one Traffy feed in one pass.</summary>
/// <param name="FetchPage">Gets the page at an offset; Exchange get-issues, geojson/v1 and share/search all page by offset.</param>
/// <param name="Limit">The page size asked for, if the feed takes one: a shorter page is the last.</param>
/// <param name="Position">A ticket's place in the feed (message_id, creation time), if the feed has one.</param>
/// <param name="Known">The persisted cursor: redacted tickets at or below it were counted before.</param>
/// <param name="StopAfter">A page holding a ticket this accepts is the last one needed (a newest-first feed reaching the cursor).</param>
public sealed record TraffyWalkPlan(
    string Source,
    string Origin,
    Func<int, CancellationToken, Task<JsonObject>> FetchPage,
    int? Limit,
    int MaxPages,
    TimeSpan OffsetWhenMissing,
    Func<TraffyTicketRecord, long?> Position,
    long? Known,
    Func<TraffyTicketRecord, bool>? StopAfter);

public sealed record TraffyWalkResult(TraffyImportSummary Summary, long? HighestPosition, DateTime? NewestTicketUtc, DateTime? NewestActivityUtc, int Pages);

/// <summary>
/// The one paging loop behind every Traffy poller: fetch a page, take its tickets into <see cref="TraffyImporter"/>
/// (idempotent by ticket_id, so overlapping or shifting pages do no harm), move on by the number of items received.
/// </summary>
public sealed class TraffyPageWalker(IServiceScopeFactory scopes)
{
    public async Task<TraffyWalkResult> WalkAsync(TraffyWalkPlan plan, CancellationToken cancellationToken)
    {
        var summary = new TraffyImportSummary();
        long? highest = null;
        DateTime? newestTicket = null, newestActivity = null;
        var offset = 0;
        var pages = 0;
        while (pages < plan.MaxPages)
        {
            var envelope = await plan.FetchPage(offset, cancellationToken);
            pages++;
            var items = (envelope["features"] ?? envelope["results"] ?? envelope["data"]) as JsonArray
                ?? throw new TraffyFeedException(TraffyFailure.MalformedAnswer);
            if (items.Count == 0)
            {
                break;
            }

            var rows = new List<TraffyFileRow>();
            var last = false;
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is not JsonObject item)
                {
                    rows.Add(new TraffyFileRow(offset + i + 1, null, $"record {offset + i + 1}: not a JSON object"));
                    continue;
                }

                var ticket = TraffyFields.Read(item, plan.OffsetWhenMissing);
                var position = plan.Position(ticket);
                var known = position is not null && position <= plan.Known;
                last |= plan.StopAfter?.Invoke(ticket) == true;
                highest = position > highest || highest is null ? position ?? highest : highest;
                newestTicket = ticket.CreatedAtUtc > newestTicket || newestTicket is null ? ticket.CreatedAtUtc ?? newestTicket : newestTicket;
                newestActivity = ticket.LastActivityUtc > newestActivity || newestActivity is null ? ticket.LastActivityUtc ?? newestActivity : newestActivity;
                // A redacted ticket has no id to be idempotent by: count it only the first time the cursor passes it.
                if (!(ticket.Redacted && known))
                {
                    rows.Add(new TraffyFileRow(offset + i + 1, ticket, null));
                }
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<TraffyImporter>().ImportAsync(rows, plan.Source, plan.Origin, summary, cancellationToken);
            }

            offset += items.Count;
            if ((plan.Limit is { } limit && items.Count < limit) || (Total(envelope) is { } total && offset >= total) || last)
            {
                break;
            }
        }

        return new TraffyWalkResult(summary, highest, newestTicket, newestActivity, pages);
    }

    /// <summary>Matches for the query; geojson/v1 says 0 when it did not compute it, and older feeds give a string.</summary>
    static long? Total(JsonObject envelope) =>
        long.TryParse(envelope["total"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var total) && total > 0 ? total : null;
}
