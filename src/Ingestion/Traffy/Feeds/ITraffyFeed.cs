namespace Hub.Ingestion.Traffy.Feeds;

/// <summary>One way of reading Traffy on a schedule (Exchange API or public feeds); the poller runs its passes.</summary>
public interface ITraffyFeed
{
    /// <param name="reconcile">Reread the last three days rather than only what is new, catching missed webhooks and status changes.</param>
    Task<TraffyPass> RunAsync(bool reconcile, CancellationToken cancellationToken);
}

/// <summary>What one pass did, for the status page.</summary>
public sealed record TraffyPass(string Cursor, TraffyImportSummary Summary, DateTime? NewestTicketUtc);
