using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Ingestion.Traffy.Feeds;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Traffy.Exchange;

/// <summary>
/// The Exchange API's monthly call quota: Hub counts its get-issues calls per Bangkok calendar month (the credit
/// resets on the 1st), believes Traffy's <c>quota_limit</c>/<c>credit_balance</c> when it reports them, warns
/// operators at <see cref="TraffyOptions.QuotaWarningPercent"/>, and stops calling once the month's quota is gone.
/// Webhooks are outside the quota and keep working.
/// </summary>
public sealed class TraffyQuota(TraffyCursors cursors, TraffyFeedStatus status, IOptions<TraffyOptions> options, TimeProvider clock, ILogger<TraffyQuota> logger) : IDisposable
{
    public const string CursorKey = "traffy:exchange:quota";

    readonly SemaphoreSlim gate = new(1, 1);
    Month? month;
    long? reportedLimit;

    long? Limit => options.Value.MonthlyQuota ?? reportedLimit;

    /// <exception cref="TraffyFeedException">QuotaExhausted: no call may be made until the month turns.</exception>
    public async Task EnsureAvailableAsync(CancellationToken cancellationToken)
    {
        var current = await LoadAsync(cancellationToken);
        if (current.Exhausted || current.Used >= Limit)
        {
            throw new TraffyFeedException(TraffyFailure.QuotaExhausted);
        }
    }

    public Task CountAsync(JsonObject answer, CancellationToken cancellationToken) =>
        ChangeAsync(m => m with { Used = Balance(answer["credit_balance"]) is { } balance && Limit is { } limit ? limit - balance : m.Used + 1 }, cancellationToken);

    public Task ExhaustedAsync(CancellationToken cancellationToken) =>
        ChangeAsync(m => m with { Exhausted = true, Used = Limit ?? m.Used }, cancellationToken);

    /// <summary>What get-auth says of the quota; <c>credit_balance: null</c> means unlimited.</summary>
    public async Task ObserveAsync(JsonNode? limit, JsonNode? balance, CancellationToken cancellationToken)
    {
        reportedLimit = Balance(limit) ?? reportedLimit;
        if (Balance(balance) is { } left && Limit is { } total)
        {
            await ChangeAsync(m => m with { Used = total - left }, cancellationToken);
        }
    }

    async Task ChangeAsync(Func<Month, Month> change, CancellationToken cancellationToken)
    {
        var before = await LoadAsync(cancellationToken);
        var after = change(before);
        month = after;
        await cursors.SetAsync(CursorKey, after.ToString(), cancellationToken);
        Report(after);
        if ((after.Exhausted && !before.Exhausted) || (after.Used >= Limit && before.Used < Limit))
        {
            logger.LogWarning("Traffy Exchange quota exhausted for {Month}: {Used} of {Limit} calls; polling pauses until the month turns, webhooks continue",
                after.Key, after.Used, Limit?.ToString(CultureInfo.InvariantCulture) ?? "(limit not reported)");
        }
        else if (Limit is { } limit && limit * options.Value.QuotaWarningPercent / 100 is var threshold && after.Used >= threshold && before.Used < threshold)
        {
            logger.LogWarning("Traffy Exchange quota at {Percent}% for {Month}: {Used} of {Limit} calls", options.Value.QuotaWarningPercent, after.Key, after.Used, limit);
        }
    }

    async Task<Month> LoadAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var key = (clock.GetUtcNow().ToOffset(TraffyTime.Bangkok)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            month ??= Month.Parse(await cursors.GetAsync(CursorKey, cancellationToken));
            if (month?.Key != key)
            {
                // The 1st of a month in Bangkok: Traffy resets the credit, so do we.
                month = new Month(key, 0, false);
            }

            Report(month);
            return month;
        }
        finally
        {
            gate.Release();
        }
    }

    void Report(Month current) => status.Update(s => s with { QuotaUsed = current.Used, QuotaLimit = Limit });

    static long? Balance(JsonNode? value) =>
        long.TryParse(value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    sealed record Month(string Key, long Used, bool Exhausted)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key}|{Used}|{(Exhausted ? 1 : 0)}");

        public static Month? Parse(string? text) =>
            text?.Split('|') is [var key, var used, var exhausted] && long.TryParse(used, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? new Month(key, count, exhausted == "1")
                : null;
    }

    public void Dispose() => gate.Dispose();
}
