using Hub.Ingestion.Channels.Adapters;
using Hub.CaseStore.Chat;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Chat;

/// <summary>
/// Works through stored chat events in arrival order: reads each (downloading media), lets the conversation act on it
/// and marks it processed in one transaction, then prompts quiet drafts and files confirmed ones. A failing event keeps
/// its row and is retried with a capped backoff; nothing is acknowledged away.
/// </summary>
public sealed class ChatInboundProcessor(
    IServiceScopeFactory scopes,
    IEnumerable<IChatChannel> channels,
    SealedBlobs blobs,
    DraftSubmitter submitter,
    QuietDrafts quietDrafts,
    ChannelAdapterRegistry status,
    [FromKeyedServices(ChatInbox.SignalKey)] OutboxSignal signal,
    [FromKeyedServices(ChatOutboundSender.SignalKey)] OutboxSignal outboundSignal,
    TimeProvider clock,
    IOptions<ChatOptions> options,
    ILogger<ChatInboundProcessor> logger) : PassWorker(logger)
{
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    readonly Dictionary<string, IChatChannel> byName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);

    protected override string PassName => "Chat processing";

    protected override async Task<bool> RunPassAsync(CancellationToken cancellationToken)
    {
        await ProcessPendingAsync(cancellationToken);
        await quietDrafts.PromptAsync(cancellationToken);
        await submitter.SubmitConfirmedAsync(cancellationToken);
        outboundSignal.Wake();
        return false;
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.Value.PollInterval, cancellationToken);

    async Task ProcessPendingAsync(CancellationToken cancellationToken)
    {
        List<long> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.ChatInboundEvents
                .Where(e => e.ProcessedAtUtc == null && e.NextAttemptAtUtc <= now && (e.LockedUntilUtc == null || e.LockedUntilUtc < now))
                .OrderBy(e => e.Id).Select(e => e.Id).Take(50).ToListAsync(cancellationToken);
            claimed = [];
            foreach (var id in due)
            {
                // One row at a time, so two instances never take the same event.
                var taken = await db.ChatInboundEvents
                    .Where(e => e.Id == id && e.ProcessedAtUtc == null && (e.LockedUntilUtc == null || e.LockedUntilUtc < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedUntilUtc, now + Lease), cancellationToken);
                if (taken == 1)
                {
                    claimed.Add(id);
                }
            }
        }

        foreach (var id in claimed)
        {
            await ProcessAsync(id, cancellationToken);
            // A confirmation is filed before the chat's next message is read, so that message starts a fresh draft.
            await submitter.SubmitConfirmedAsync(cancellationToken);
        }
    }

    async Task ProcessAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var row = await db.ChatInboundEvents.SingleAsync(e => e.Id == id, cancellationToken);
        try
        {
            var messages = byName.TryGetValue(row.Channel, out var channel)
                ? await channel.ReadAsync(blobs.OpenText(row.SealedPayload), cancellationToken)
                : throw new InvalidOperationException($"No chat channel named {row.Channel} is registered.");
            var conversation = scope.ServiceProvider.GetRequiredService<Conversation>();
            foreach (var message in messages)
            {
                await conversation.HandleAsync(message, cancellationToken);
            }

            row.ProcessedAtUtc = clock.GetUtcNow().UtcDateTime;
            row.LockedUntilUtc = null;
            row.LastError = null;
            await db.SaveChangesAsync(cancellationToken);
            status.Received(row.Channel);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var attempts = row.Attempts + 1;
            var backoff = Backoff(attempts, (ex as ChatApiException)?.RetryAfter);
            await db.ChatInboundEvents.Where(e => e.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Attempts, attempts)
                .SetProperty(e => e.NextAttemptAtUtc, clock.GetUtcNow().UtcDateTime + backoff)
                .SetProperty(e => e.LockedUntilUtc, (DateTime?)null)
                .SetProperty(e => e.LastError, ex.GetType().Name), cancellationToken);
            status.Failed(row.Channel, ex);
            logger.LogWarning("Chat event {EventRowId} from {Channel} failed (attempt {Attempt}), next try in {Backoff}: {ErrorType}",
                id, row.Channel, attempts, backoff, ex.GetType().Name);
        }
    }

    TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        var exponential = TimeSpan.FromMilliseconds(Math.Min(options.Value.MaxBackoff.TotalMilliseconds, 500 * Math.Pow(2, Math.Min(attempts, 20))));
        return retryAfter is { } wait && wait > exponential ? wait : exponential;
    }
}
