using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Ingestion.Traffy.Feeds;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Traffy.PublicFeed;

/// <summary>
/// For deployments without Exchange access: pages through <c>/teamchadchart-stat-api/geojson/v1</c> (cursor: the
/// highest <c>message_id</c>) and/or <c>/share/teamchadchart/search</c> (cursor: the newest creation time), newest
/// first, until the cursor is reached. Both list tickets by creation time, so status changes of older tickets surface
/// only in the reconciliation pass over the last three days. Redacted กรุงเทพโปร่งใส tickets are counted, never cased.
/// </summary>
public sealed class TraffyPublicFeed(TraffyHttp http, TraffyPageWalker walker, TraffyCursors cursors, IOptions<TraffyOptions> options, TimeProvider clock) : ITraffyFeed
{
    public const string GeoJsonPath = "teamchadchart-stat-api/geojson/v1";
    public const string SearchPath = "share/teamchadchart/search";
    public const string Source = "feed";

    static readonly TimeSpan ReconciliationWindow = TimeSpan.FromDays(3);

    public async Task<TraffyPass> RunAsync(bool reconcile, CancellationToken cancellationToken)
    {
        var summary = new TraffyImportSummary();
        var positions = new List<string>();
        DateTime? newest = null;
        foreach (var kind in options.Value.PublicFeeds.Distinct())
        {
            var (cursor, walk) = await WalkAsync(kind, reconcile, cancellationToken);
            positions.Add($"{kind} {cursor?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
            newest = walk.NewestTicketUtc > newest || newest is null ? walk.NewestTicketUtc ?? newest : newest;
            summary.Add(walk.Summary);
        }

        return new TraffyPass(string.Join("; ", positions), summary, newest);
    }

    async Task<(long? Cursor, TraffyWalkResult Walk)> WalkAsync(TraffyPublicFeedKind kind, bool reconcile, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var key = "traffy:feed:" + kind.ToString().ToLowerInvariant();
        var known = long.TryParse(await cursors.GetAsync(key, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var stored) ? stored : (long?)null;
        var since = clock.GetUtcNow() - ReconciliationWindow;
        var geoJson = kind == TraffyPublicFeedKind.GeoJson;

        // geojson/v1 has message_id, which only rises; share/search has only the creation time.
        Func<TraffyTicketRecord, long?> position = geoJson ? t => t.MessageId : t => t.CreatedAtUtc?.Ticks;
        Func<TraffyTicketRecord, bool>? stopAfter = reconcile
            ? (geoJson ? null : t => t.CreatedAtUtc < since.UtcDateTime)
            : t => position(t) <= known;
        var walk = await walker.WalkAsync(new TraffyWalkPlan(
            Source, geoJson ? GeoJsonPath : SearchPath,
            (offset, token) => FetchAsync(geoJson ? GeoJsonQuery(offset, reconcile ? since : null) : SearchQuery(offset), token),
            geoJson ? settings.PageSize : null, settings.MaxPages,
            // geojson/v1 gives Bangkok time without an offset; share/search gives UTC with "+00".
            geoJson ? TraffyTime.Bangkok : TimeSpan.Zero,
            position, known, stopAfter), cancellationToken);

        if (walk.HighestPosition > known || (known is null && walk.HighestPosition is not null))
        {
            known = walk.HighestPosition;
            await cursors.SetAsync(key, known!.Value.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }

        return (known, walk);
    }

    string GeoJsonQuery(int offset, DateTimeOffset? since)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"{GeoJsonPath}?limit={options.Value.PageSize}&offset={offset}");
        // Reconciliation reads the window oldest first, so tickets created while it pages land at the end, not in between.
        return since is { } start ? query + "&sort=asc&start=" + start.ToOffset(TraffyTime.Bangkok).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : query;
    }

    static string SearchQuery(int offset) => string.Create(CultureInfo.InvariantCulture, $"{SearchPath}?offset={offset}");

    Task<JsonObject> FetchAsync(string pathAndQuery, CancellationToken cancellationToken) =>
        http.SendAsync(_ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.PublicBaseUrl, pathAndQuery))), cancellationToken);
}
