using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Chat;
using Microsoft.AspNetCore.Http;

namespace Hub.IntegrationTests.Traffy;

/// <summary>
/// Traffy's public feeds as documented (traffy.md §1.2–1.3): <c>/teamchadchart-stat-api/geojson/v1</c> (a
/// FeatureCollection in the stats envelope; <c>limit</c>, <c>offset</c>, <c>start</c>, <c>sort=asc</c>; newest first by
/// default; Bangkok times without offset; <c>total:0</c> as "not computed") and <c>/share/teamchadchart/search</c>
/// (HTTP 201, <c>{status:true,total,results}</c>, a fixed page, <c>offset</c>, UTC times with <c>+00</c>).
/// Redacted กรุงเทพโปร่งใส tickets have an empty id and text, as in the real feeds.
/// </summary>
public sealed class FakeTraffyPublic : FakeApiServer
{
    readonly List<JsonObject> features = [];
    readonly List<JsonObject> results = [];

    public int SearchPageSize { get; set; } = 3;
    public ConcurrentQueue<string> GeoJsonQueries { get; } = new();
    public ConcurrentQueue<string> SearchQueries { get; } = new();

    public static async Task<FakeTraffyPublic> StartNewAsync()
    {
        var fake = new FakeTraffyPublic();
        await fake.StartAsync();
        return fake;
    }

    public void AddFeature(long messageId, string ticketId, string description, DateTimeOffset created, string org = "กรุงเทพมหานคร")
    {
        var local = created.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var feature = new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(100.5005, 13.78553) },
            ["properties"] = new JsonObject
            {
                ["problem_type_fondue"] = new JsonArray("ถนน"),
                ["org"] = new JsonArray(org),
                ["description"] = description,
                ["description_reporter"] = null,
                ["message_id"] = messageId,
                ["ticket_id"] = ticketId,
                ["after_photo"] = null,
                ["subdistrict"] = "บางพลัด",
                ["district"] = "บางพลัด",
                ["province"] = "กรุงเทพมหานคร",
                ["note"] = null,
                ["state"] = "รอรับเรื่อง",
                ["state_type_latest"] = "start",
                ["count_reopen"] = 0,
                ["timestamp"] = local,
                ["last_activity"] = local,
                ["see_info"] = true,
            },
        };
        lock (features)
        {
            features.Add(feature);
        }
    }

    public void AddResult(string ticketId, string description, DateTimeOffset created, string org = "กรุงเทพมหานคร")
    {
        var utc = created.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00";
        lock (results)
        {
            results.Add(new JsonObject
            {
                ["type"] = "ถนน", ["org"] = org, ["description"] = description, ["ticket_id"] = ticketId,
                ["coords"] = new JsonArray("100.54099", "13.75960"), ["photo_url"] = "", ["after_photo"] = "", ["address"] = "",
                ["timestamp"] = utc, ["problem_type_abdul"] = new JsonArray(""), ["star"] = null, ["count_reopen"] = "0",
                ["note"] = null, ["state"] = "รอรับเรื่อง", ["last_activity"] = utc,
            });
        }
    }

    protected override async Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var offset = int.TryParse(query["offset"], out var o) ? o : 0;
        switch (context.Request.Path.Value)
        {
            case "/teamchadchart-stat-api/geojson/v1":
            {
                GeoJsonQueries.Enqueue(context.Request.QueryString.Value ?? "");
                var limit = Math.Min(1000, int.TryParse(query["limit"], out var l) ? l : 300);
                List<JsonObject> all;
                lock (features)
                {
                    all = features.Where(f => string.IsNullOrEmpty(query["start"]) || string.CompareOrdinal(f["properties"]!["timestamp"]!.ToString(), query["start"]) >= 0)
                        .OrderBy(f => (long)f["properties"]!["message_id"]!).ToList();
                }

                if (query["sort"] != "asc")
                {
                    all.Reverse();
                }

                await context.Response.WriteAsJsonAsync(new JsonObject
                {
                    ["status"] = true, ["message"] = "", ["exec_time"] = "0.077s", ["source"] = "cache (ttl 600)",
                    ["total"] = 0, ["count_total"] = 0, ["count"] = Math.Max(0, Math.Min(limit, all.Count - offset)), ["sum_state"] = new JsonArray(),
                    ["type"] = "FeatureCollection",
                    ["features"] = new JsonArray(all.Skip(offset).Take(limit).Select(f => (JsonNode)f.DeepClone()).ToArray()),
                });
                break;
            }

            case "/share/teamchadchart/search":
            {
                SearchQueries.Enqueue(context.Request.QueryString.Value ?? "");
                List<JsonObject> all;
                lock (results)
                {
                    all = results.OrderByDescending(r => r["timestamp"]!.ToString(), StringComparer.Ordinal).ToList();
                }

                context.Response.StatusCode = StatusCodes.Status201Created;
                await context.Response.WriteAsJsonAsync(new JsonObject
                {
                    ["status"] = true, ["total"] = all.Count, ["source"] = "cache (expire 5m)", ["exec_time"] = "0.025s",
                    ["results"] = new JsonArray(all.Skip(offset).Take(SearchPageSize).Select(r => (JsonNode)r.DeepClone()).ToArray()),
                });
                break;
            }

            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }
}
