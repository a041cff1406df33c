namespace Hub.Ingestion.Traffy.Feeds;

/// <summary>
/// What operators see of the Traffy feed (the operator console shows <see cref="Current"/>): whether it runs, when it
/// last polled, where its cursor stands, how much Exchange quota is used, redacted tickets seen, errors by type only.
/// </summary>
public sealed class TraffyFeedStatus(TimeProvider clock)
{
    readonly Lock gate = new();
    TraffyFeedState current = new();

    public TraffyFeedState Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    internal void Update(Func<TraffyFeedState, TraffyFeedState> change)
    {
        lock (gate)
        {
            current = change(current);
        }
    }

    internal void PassSucceeded(string cursor, bool reconciled, TraffyImportSummary summary, DateTime? newestTicketUtc) => Update(s => s with
    {
        State = "running",
        LastPollAtUtc = clock.GetUtcNow(),
        LastReconciledAtUtc = reconciled ? clock.GetUtcNow() : s.LastReconciledAtUtc,
        LastTicketAtUtc = newestTicketUtc > s.LastTicketAtUtc || s.LastTicketAtUtc is null ? newestTicketUtc : s.LastTicketAtUtc,
        Cursor = cursor,
        ConsecutiveFailures = 0,
        TicketsTaken = s.TicketsTaken + summary.NewComplaints + summary.NewGeneral + summary.Updated,
        Redacted = s.Redacted + summary.Redacted,
    });

    internal void PassFailed(Exception error, string state) => Update(s => s with
    {
        State = state,
        LastPollAtUtc = clock.GetUtcNow(),
        ErrorCount = s.ErrorCount + 1,
        ConsecutiveFailures = s.ConsecutiveFailures + 1,
        LastErrorType = error is TraffyFeedException feed ? feed.Kind.ToString() : error.GetType().Name,
        LastErrorAtUtc = clock.GetUtcNow(),
    });

    internal void Webhook(bool accepted) => Update(s => accepted ? s with { WebhooksAccepted = s.WebhooksAccepted + 1 } : s with { WebhooksRefused = s.WebhooksRefused + 1 });
}

/// <param name="State">off, starting, running, backing-off, quota-exhausted.</param>
public sealed record TraffyFeedState
{
    public TraffyMode Mode { get; init; }
    public string State { get; init; } = "off";
    public DateTimeOffset? LastPollAtUtc { get; init; }
    public DateTimeOffset? LastReconciledAtUtc { get; init; }

    /// <summary>Creation time of the newest ticket seen.</summary>
    public DateTime? LastTicketAtUtc { get; init; }
    public string? Cursor { get; init; }

    /// <summary>Exchange calls used this month and the month's limit (null: unlimited or not known).</summary>
    public long QuotaUsed { get; init; }
    public long? QuotaLimit { get; init; }
    public long TicketsTaken { get; init; }

    /// <summary>Redacted กรุงเทพโปร่งใส tickets seen in the public feeds: counted, never cased.</summary>
    public long Redacted { get; init; }
    public long WebhooksAccepted { get; init; }
    public long WebhooksRefused { get; init; }
    public long ErrorCount { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? LastErrorType { get; init; }
    public DateTimeOffset? LastErrorAtUtc { get; init; }
}
