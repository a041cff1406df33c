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
/// Delivers queued chat messages in the order they were written. A message is marked sent only after the platform
/// accepted it; a transient failure reschedules it (honouring Retry-After), a permanent one marks it failed for operators.
/// </summary>
public sealed class ChatOutboundSender(
    IServiceScopeFactory scopes,
    IEnumerable<IChatChannel> channels,
    SealedBlobs blobs,
    ChannelAdapterRegistry status,
    [FromKeyedServices(ChatOutboundSender.SignalKey)] OutboxSignal signal,
    TimeProvider clock,
    IOptions<ChatOptions> options,
    ILogger<ChatOutboundSender> logger) : PassWorker(logger)
{
    public const string SignalKey = "chat-outbound";
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    readonly Dictionary<string, IChatChannel> byName = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);

    protected override string PassName => "Chat sending";

    protected override async Task<bool> RunPassAsync(CancellationToken cancellationToken)
    {
        await SendDueAsync(cancellationToken);
        return false;
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.Value.PollInterval, cancellationToken);

    async Task SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.ChatOutboundMessages
            .Where(m => m.SentAtUtc == null && m.FailedAtUtc == null && m.NextAttemptAtUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.CreatedAtUtc).Select(m => m.Id).Take(50).ToListAsync(cancellationToken);
        var stalled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in due)
        {
            var taken = await db.ChatOutboundMessages
                .Where(m => m.Id == id && m.SentAtUtc == null && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, now + Lease), cancellationToken);
            var row = taken == 1 ? await db.ChatOutboundMessages.SingleAsync(m => m.Id == id, cancellationToken) : null;
            if (row is null)
            {
                continue;
            }

            // Keep each channel's order: after a failure, later messages of that channel wait for the next pass.
            if (!stalled.Contains(row.Channel) && !await SendAsync(row, cancellationToken))
            {
                stalled.Add(row.Channel);
            }

            row.LockedUntilUtc = null;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    async Task<bool> SendAsync(ChatOutboundMessage row, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var replyToken = row.ReplyToken is not null && row.ReplyTokenAtUtc is { } at && now - at <= settings.ReplyTokenMaxAge ? row.ReplyToken : null;
        // Whatever happens, the token is spent: a retry must not reply a second time, it pushes with the retry key.
        row.ReplyToken = null;
        row.Attempts++;
        try
        {
            var channel = byName.TryGetValue(row.Channel, out var found) ? found : throw new ChatApiException($"Channel {row.Channel} is not configured.", transient: true);
            await channel.SendAsync(new ChatDelivery(row.Id, blobs.OpenText(row.SealedAddress!), row.Text, replyToken), cancellationToken);
            row.SentAtUtc = clock.GetUtcNow().UtcDateTime;
            row.SealedAddress = null;
            row.LastError = null;
            status.Sent(row.Channel);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            status.Failed(row.Channel, ex);
            row.LastError = ex is ChatApiException ? ex.Message : ex.GetType().Name;
            if (ex is ChatApiException { Transient: false })
            {
                row.FailedAtUtc = clock.GetUtcNow().UtcDateTime;
                logger.LogError("Chat message {MessageId} to {Channel} refused for good: {Error}", row.Id, row.Channel, row.LastError);
                return true;
            }

            var backoff = TimeSpan.FromMilliseconds(Math.Min(settings.MaxBackoff.TotalMilliseconds, 500 * Math.Pow(2, Math.Min(row.Attempts, 20))));
            if ((ex as ChatApiException)?.RetryAfter is { } wait && wait > backoff)
            {
                backoff = wait;
            }

            row.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + backoff;
            logger.LogWarning("Chat message {MessageId} to {Channel} not sent (attempt {Attempt}), next try in {Backoff}: {ErrorType}",
                row.Id, row.Channel, row.Attempts, backoff, ex.GetType().Name);
            return false;
        }
    }
}
