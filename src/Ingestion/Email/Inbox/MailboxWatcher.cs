using Hub.Ingestion.Channels.Adapters;
using Hub.CaseStore.Channels.Email;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Hub.Ingestion.Email.Inbox;

/// <summary>
/// Keeps one mailbox drained: connect, hand every message in the folder to <see cref="EmailIntake"/>, move it to the
/// processed or failed folder only once its outcome is durable, then wait with IDLE (or poll) and repeat. The folder
/// therefore only ever holds unhandled mail, so after any outage the next pass picks up everything that arrived.
/// Any failure drops the session and reconnects with capped exponential backoff (Polly).
/// </summary>
sealed class MailboxWatcher(
    MailboxOptions mailbox,
    EmailOptions settings,
    IServiceScopeFactory scopes,
    ChannelAdapterRegistry status,
    TimeProvider clock,
    ILogger logger)
{
    int consecutiveFailures;

    string Adapter => EmailInboxService.AdapterName(mailbox.Name);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var reconnect = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(_ => !stoppingToken.IsCancellationRequested),
            MaxRetryAttempts = int.MaxValue,
            DelayGenerator = _ => ValueTask.FromResult<TimeSpan?>(Backoff()),
            OnRetry = args =>
            {
                consecutiveFailures++;
                var error = args.Outcome.Exception?.GetType().Name;
                if (args.Outcome.Exception is { } exception)
                {
                    status.Failed(Adapter, exception, clock.GetUtcNow() + args.RetryDelay, reconnecting: true);
                }

                logger.LogWarning("Mailbox {Mailbox} session failed ({ErrorType}); reconnecting in {Delay}", mailbox.Name, error, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        }).Build();
        try
        {
            await reconnect.ExecuteAsync(SessionAsync, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    TimeSpan Backoff()
    {
        var exponential = TimeSpan.FromMilliseconds(250 * Math.Pow(2, Math.Min(consecutiveFailures, 16)));
        var capped = exponential < settings.ReconnectMaxDelay ? exponential : settings.ReconnectMaxDelay;
        return capped * (0.8 + 0.4 * Random.Shared.NextDouble());
    }

    async ValueTask SessionAsync(CancellationToken cancellationToken)
    {
        status.Register(Adapter, pulling: true);
        using var client = new ImapClient { Timeout = (int)settings.CommandTimeout.TotalMilliseconds };
        await client.ConnectAsync(mailbox.Host, mailbox.Port, mailbox.Security, cancellationToken);
        await client.AuthenticateAsync(mailbox.User, mailbox.Password, cancellationToken);
        var inbox = mailbox.Folder.Equals("INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(mailbox.Folder, cancellationToken);
        await inbox.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var processed = await EnsureFolderAsync(client, mailbox.ProcessedFolder, cancellationToken);
        var failed = await EnsureFolderAsync(client, mailbox.FailedFolder, cancellationToken);
        var supportsIdle = client.Capabilities.HasFlag(ImapCapabilities.Idle);
        status.Running(Adapter, supportsIdle ? "IDLE" : "poll");

        // Any EXISTS/EXPUNGE seen while a pass runs means another pass, so nothing waits for the next IDLE wake-up.
        var changed = false;
        inbox.CountChanged += (_, _) => changed = true;
        while (true)
        {
            // Paused: the mail stays in the folder on the server until the adapter is resumed.
            await status.WaitWhilePausedAsync(Adapter, cancellationToken);
            changed = false;
            await PassAsync(inbox, processed, failed, cancellationToken);
            consecutiveFailures = 0;
            status.Polled(Adapter);
            if (changed)
            {
                continue;
            }

            if (supportsIdle)
            {
                using var done = new CancellationTokenSource(settings.IdleRefresh);
                void Arrived(object? sender, EventArgs e) => done.Cancel();
                inbox.CountChanged += Arrived;
                try
                {
                    await client.IdleAsync(done.Token, cancellationToken);
                }
                finally
                {
                    inbox.CountChanged -= Arrived;
                }
            }
            else
            {
                await Task.Delay(settings.PollInterval, clock, cancellationToken);
                await client.NoOpAsync(cancellationToken);
            }
        }
    }

    async Task PassAsync(IMailFolder inbox, IMailFolder processed, IMailFolder failed, CancellationToken cancellationToken)
    {
        var uids = await inbox.SearchAsync(SearchQuery.All, cancellationToken);
        await TrackCursorAsync(inbox.UidValidity, uids.Count == 0 ? 0 : uids.Max(u => u.Id), cancellationToken);
        if (uids.Count == 0)
        {
            return;
        }

        var summaries = await inbox.FetchAsync(uids,
            MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.InternalDate | MessageSummaryItems.Envelope, cancellationToken);
        foreach (var summary in summaries.OrderBy(s => s.UniqueId.Id))
        {
            var key = new MessageKey(mailbox.Name, inbox.UidValidity, summary.UniqueId.Id, summary.InternalDate);
            await using var scope = scopes.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<EmailIntake>();
            var record = await intake.FindAsync(key, cancellationToken);
            if (record is null)
            {
                record = summary.Size > settings.MaxMessageBytes
                    ? await intake.RejectAsync(key, OversizeId(summary, key),
                        $"ข้อความใหญ่เกิน {settings.MaxMessageBytes / (1024 * 1024)} MB / Message of {summary.Size} bytes exceeds {settings.MaxMessageBytes}", cancellationToken)
                    : await intake.HandleAsync(key, await DownloadAsync(inbox, summary.UniqueId, cancellationToken), cancellationToken);
                var accepted = record.Outcome == EmailOutcomes.Accepted;
                status.Received(Adapter, accepted);
                logger.Log(accepted ? LogLevel.Information : LogLevel.Warning,
                    "E-mail UID {Uid} in mailbox {Mailbox}: {Outcome} {ComplaintId} {Reason}", key.Uid, key.Mailbox, record.Outcome, record.ComplaintId, record.Reason);
            }

            await inbox.MoveToAsync(summary.UniqueId, record.Outcome == EmailOutcomes.Accepted ? processed : failed, cancellationToken);
            await intake.MarkMovedAsync(record, cancellationToken);
        }
    }

    async Task TrackCursorAsync(uint uidValidity, uint highestUid, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<MailboxCursors>().AdvanceAsync(mailbox.Name, uidValidity, highestUid, cancellationToken))
        {
            logger.LogWarning("Mailbox {Mailbox} changed UIDVALIDITY to {UidValidity}: rescanning, duplicates are recognised by Message-ID", mailbox.Name, uidValidity);
        }
    }

    static async Task<byte[]> DownloadAsync(IMailFolder inbox, UniqueId uid, CancellationToken cancellationToken)
    {
        await using var stream = await inbox.GetStreamAsync(uid, cancellationToken);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    static string OversizeId(IMessageSummary summary, MessageKey key) =>
        summary.Envelope?.MessageId is { Length: > 0 and <= 200 } id ? id : $"imap:{key.Mailbox}:{key.UidValidity}:{key.Uid}";

    static async Task<IMailFolder> EnsureFolderAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(name, true, cancellationToken)
                   ?? throw new InvalidOperationException($"IMAP server did not create folder {name}.");
        }
    }
}
