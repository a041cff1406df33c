using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Staff.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Deadlines;

/// <summary>
/// Sends each reminder and escalation once per clock, recorded as a case event (and on the audit chain) so a
/// rerun never repeats it; the e-mails to the people concerned are queued in the same commit (<see cref="DeadlineNoticeMail"/>).
/// </summary>
public sealed class DeadlineMonitor(HubDbContext db, HolidayCalendar calendar, AuditLog audit, DeadlineNoticeMail mail, TimeProvider clock, IOptions<DeadlineOptions> options, ILogger<DeadlineMonitor> logger)
{
    public const string ReminderPrefix = "reminder:";
    public const string EscalationPrefix = "escalation:";
    public const string ReportToCommissionKind = "escalation:serious-over-180-days";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = HolidayCalendar.LocalDate(now);
        var open = await db.Cases.Where(c => c.Status != CaseStatus.Closed).Include(c => c.Events).AsSplitQuery().ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var c in open)
        {
            foreach (var state in CaseClocks.Of(c, calendar))
            {
                var kind = state.IsOverdue(today) ? EscalationPrefix + state.Clock.Code
                    : state.IsDueSoon(today, options.Value.WarningDays) ? ReminderPrefix + state.Clock.Code
                    : null;
                if (state.Clock == StatutoryClock.SeriousInvestigation && state.Running && state.Clock.Days + state.ExtensionDays > StatutoryClock.SeriousReportThresholdDays)
                {
                    sent += await NoticeOnceAsync(c, ReportToCommissionKind, state, now, cancellationToken);
                }

                if (kind is not null)
                {
                    sent += await NoticeOnceAsync(c, kind, state, now, cancellationToken);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    async Task<int> NoticeOnceAsync(Case c, string kind, ClockState state, DateTime now, CancellationToken cancellationToken)
    {
        if (c.Events.Any(e => e.Kind == kind))
        {
            return 0;
        }

        var detail = $"due: {state.Due:yyyy-MM-dd} ({state.Clock.Source})";
        var entry = new CaseEvent { CaseId = c.Id, AtUtc = now, Kind = kind, Actor = "system", Detail = detail };
        c.Events.Add(entry);
        var recipients = await mail.QueueAsync(c, kind, state, cancellationToken);
        await audit.AppendAsync("system", "case.deadline-notice", c.Id, $"{kind}, {recipients} recipients", cancellationToken);
        logger.LogWarning("Deadline notice {Kind} for case {CaseNumber}, due {Due}", kind, c.Number, state.Due);
        return 1;
    }
}
