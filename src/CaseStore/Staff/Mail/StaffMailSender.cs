using Hub.CaseStore.Persistence;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Staff.Mail;

/// <summary>
/// Delivers pending <see cref="StaffMail"/> rows. A row is leased before sending so two instances never send it
/// together, marked sent right after SMTP accepts it, and on failure kept with backoff and its error type.
/// </summary>
public sealed class StaffMailSender(IServiceScopeFactory scopes, IOptions<StaffMailOptions> options, TimeProvider clock, ILogger<StaffMailSender> logger)
    : PassWorker(logger)
{
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override string PassName => "StaffMail";

    protected override bool Enabled => !string.IsNullOrEmpty(options.Value.Host);

    protected override async Task<bool> RunPassAsync(CancellationToken cancellationToken) => await SendDueAsync(cancellationToken) > 0;

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.Value.PollInterval, clock, cancellationToken);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = $"{instance}:{Guid.NewGuid():N}";
        await db.StaffMail
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.NextAttemptAtUtc)
            .Take(20)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, claim).SetProperty(m => m.LockedUntilUtc, now + Lease), cancellationToken);
        var due = await db.StaffMail.Where(m => m.LockedBy == claim).ToListAsync(cancellationToken);
        var sent = 0;
        await using var mailer = new StaffMailer(settings);
        foreach (var mail in due)
        {
            try
            {
                await mailer.SendAsync(mail.ToAddress, mail.Subject, mail.Body, mail.Id, cancellationToken);
                mail.SentAtUtc = clock.GetUtcNow().UtcDateTime;
                mail.LastError = null;
                sent++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                mail.Attempts++;
                var backoff = TimeSpan.FromSeconds(Math.Min(settings.MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(mail.Attempts, 20))));
                mail.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + backoff;
                // SMTP replies can quote the address: keep the error type and status code only.
                mail.LastError = ex is SmtpCommandException command ? $"{ex.GetType().Name}: {command.ErrorCode} {(int)command.StatusCode}" : ex.GetType().Name;
                logger.LogWarning("Staff mail {MailId} failed (attempt {Attempt}), next try in {Backoff}: {Error}", mail.Id, mail.Attempts, backoff, mail.LastError);
            }

            mail.LockedBy = null;
            mail.LockedUntilUtc = null;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }
}
