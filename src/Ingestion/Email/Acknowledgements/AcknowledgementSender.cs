using Hub.CaseStore.Channels.Email;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hub.Ingestion.Email.Acknowledgements;

/// <summary>
/// Sends the one acknowledgement owed per e-mailed complaint (<see cref="EmailAcknowledgement"/>) once the complaint
/// is filed, so it can name the case number. The address is read from the identity vault at send time, for the
/// audited purpose <see cref="Purpose"/>. Failures stay pending with backoff and their error type for operators.
/// </summary>
public sealed class AcknowledgementSender(
    IServiceScopeFactory scopes,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<AcknowledgementSender> logger) : PassWorker(logger)
{
    public const string Purpose = "email-acknowledgement";
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    static readonly TimeSpan WaitForFiling = TimeSpan.FromSeconds(1);
    readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override string PassName => "Acknowledgement";

    protected override bool Enabled => !string.IsNullOrEmpty(options.Value.Acknowledgement.Host);

    protected override async Task<bool> RunPassAsync(CancellationToken cancellationToken) =>
        await SendDueAsync(options.Value.Acknowledgement, cancellationToken) > 0;

    protected override Task WaitAsync(CancellationToken cancellationToken) =>
        Task.Delay(options.Value.Acknowledgement.PollInterval, clock, cancellationToken);

    async Task<int> SendDueAsync(AcknowledgementOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var vault = scope.ServiceProvider.GetRequiredService<IdentityVault>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = $"{instance}:{Guid.NewGuid():N}";
        await db.EmailAcknowledgements
            .Where(a => a.SentAtUtc == null && a.SkippedReason == null && a.NextAttemptAtUtc <= now && (a.LockedUntilUtc == null || a.LockedUntilUtc < now))
            .OrderBy(a => a.NextAttemptAtUtc)
            .Take(20)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LockedBy, claim).SetProperty(a => a.LockedUntilUtc, now + Lease), cancellationToken);
        var due = await db.EmailAcknowledgements.Where(a => a.LockedBy == claim).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        using var smtp = new SmtpClient { Timeout = (int)options.Value.CommandTimeout.TotalMilliseconds };
        var sent = 0;
        foreach (var row in due)
        {
            try
            {
                sent += await SendAsync(row, db, vault, smtp, settings, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                row.Attempts++;
                var backoff = TimeSpan.FromSeconds(Math.Min(settings.MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(row.Attempts, 20))));
                row.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + backoff;
                // SMTP replies can quote the recipient's address: keep the error type and status code only.
                row.LastError = ex is SmtpCommandException command ? $"{ex.GetType().Name}: {command.ErrorCode} {(int)command.StatusCode}" : ex.GetType().Name;
                logger.LogWarning("Acknowledgement for complaint {ComplaintId} failed (attempt {Attempt}), next try in {Backoff}: {Error}",
                    row.ComplaintId, row.Attempts, backoff, row.LastError);
            }

            row.LockedBy = null;
            row.LockedUntilUtc = null;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(true, cancellationToken);
        }

        return sent;
    }

    async Task<bool> SendAsync(EmailAcknowledgement row, HubDbContext db, IdentityVault vault, SmtpClient smtp, AcknowledgementOptions settings, CancellationToken cancellationToken)
    {
        var filed = await db.Complaints.AsNoTracking()
            .Where(c => c.Id == row.ComplaintId)
            .Join(db.Cases, c => c.CaseId, k => k.Id, (c, k) => new { c.ReporterIdentityId, c.ChannelMessageId, k.Number })
            .SingleOrDefaultAsync(cancellationToken);
        if (filed is null)
        {
            row.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + WaitForFiling;
            row.LastError = "waiting for the complaint to be filed";
            return false;
        }

        var contact = filed.ReporterIdentityId is { } identityId ? await OpenCommittedAsync(db, vault, identityId, row.ComplaintId, cancellationToken) : null;
        if (contact?.Email is not { Length: > 0 } address)
        {
            row.SkippedReason = "no e-mail address in the vault";
            return false;
        }

        var inReplyTo = filed.ChannelMessageId.StartsWith("sha256:", StringComparison.Ordinal) ? null : filed.ChannelMessageId;
        var message = AcknowledgementMessage.Compose(settings, new MailboxAddress(contact.Name, address), row.ReceiptCode, filed.Number, row.ComplaintId, inReplyTo);
        if (!smtp.IsConnected)
        {
            await smtp.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            }
        }

        await smtp.SendAsync(message, cancellationToken);
        row.SentAtUtc = clock.GetUtcNow().UtcDateTime;
        row.LastError = null;
        logger.LogInformation("Acknowledgement sent for complaint {ComplaintId}", row.ComplaintId);
        return true;
    }

    /// <summary>Opens the reporter's address and commits the access record before the address is used.</summary>
    static async Task<ReporterContact?> OpenCommittedAsync(HubDbContext db, IdentityVault vault, Guid identityId, Guid complaintId, CancellationToken cancellationToken)
    {
        var contact = await vault.OpenAsync(identityId, complaintId, Purpose, "hub:email-acknowledgement", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }
}
