using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Hub.Ingestion.Traffy.Feeds;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Traffy.Exchange;

/// <summary>
/// Polls the Exchange API's <c>get-issues/v2</c>: <c>duration=today</c> while the cursor (the newest last_activity
/// taken) is from today, <c>3days</c> for reconciliation passes and after a gap. Read only: Hub never calls the write
/// endpoints, so nothing it takes can echo back into Traffy.
/// </summary>
public sealed class TraffyExchangeFeed(
    TraffyHttp http,
    TraffyExchangeToken tokens,
    TraffyQuota quota,
    TraffyPageWalker walker,
    TraffyCursors cursors,
    IOptions<TraffyOptions> options,
    TimeProvider clock) : ITraffyFeed
{
    public const string CursorKey = "traffy:exchange:last-activity";
    public const string Source = "exchange";

    public async Task<TraffyPass> RunAsync(bool reconcile, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cursor = DateTime.TryParse(await cursors.GetAsync(CursorKey, cancellationToken), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var stored)
            ? stored
            : (DateTime?)null;
        var bangkokNow = clock.GetUtcNow().ToOffset(TraffyTime.Bangkok);
        var startOfToday = new DateTimeOffset(bangkokNow.Date, TraffyTime.Bangkok).UtcDateTime;
        var duration = reconcile || cursor is null || cursor < startOfToday ? "3days" : "today";

        var walk = await walker.WalkAsync(new TraffyWalkPlan(
            Source, "exchange get-issues " + duration, (offset, token) => GetIssuesAsync(duration, offset, token),
            settings.PageSize, settings.MaxPages, TraffyTime.Bangkok, _ => null, null, StopAfter: null), cancellationToken);

        if (walk.NewestActivityUtc > cursor || (cursor is null && walk.NewestActivityUtc is not null))
        {
            cursor = walk.NewestActivityUtc;
            await cursors.SetAsync(CursorKey, cursor!.Value.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
        }

        return new TraffyPass($"{duration}; last activity {cursor?.ToString("O", CultureInfo.InvariantCulture) ?? "none"}", walk.Summary, walk.NewestTicketUtc);
    }

    async Task<JsonObject> GetIssuesAsync(string duration, int offset, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await quota.EnsureAvailableAsync(cancellationToken);
        var query = new List<string> { $"duration={duration}", $"limit={settings.PageSize}", string.Create(CultureInfo.InvariantCulture, $"offset={offset}") };
        if (settings.OrgId is { } org)
        {
            query.Insert(0, "org_id=" + Uri.EscapeDataString(org));
        }

        string? used = null;
        try
        {
            var answer = await http.SendAsync(async token =>
            {
                used = await tokens.GetAsync(token);
                var request = new HttpRequestMessage(HttpMethod.Get, new Uri(settings.ExchangeBaseUrl!, "get-issues/v2?" + string.Join('&', query)));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", used);
                return request;
            }, cancellationToken, failed: failure =>
            {
                if (failure.Kind == TraffyFailure.TokenExpired && used is not null)
                {
                    tokens.Drop(used);
                }
            });
            await quota.CountAsync(answer, cancellationToken);
            return answer;
        }
        catch (TraffyFeedException failure) when (failure.Kind == TraffyFailure.QuotaExhausted)
        {
            await quota.ExhaustedAsync(cancellationToken);
            throw;
        }
    }
}
