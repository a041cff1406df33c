using System.Security.Cryptography;
using System.Text;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Deadlines;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Staff.Mail;

/// <summary>
/// Queues the mail for one deadline notice in the caller's unit of work, so the notice and its mail commit together:
/// reminders go to the unit's reporting officers, escalations to the unit head and the centre, and a serious case
/// past 180 days to the centre and discipline staff (who report it to ก.ก.).
/// </summary>
public sealed class DeadlineNoticeMail(HubDbContext db, IOptions<StaffMailOptions> options, ContactPseudonyms pseudonyms, TimeProvider clock)
{
    public async Task<int> QueueAsync(Case c, string kind, ClockState state, CancellationToken cancellationToken)
    {
        // Wall time, not the monitor's: the sender compares it with its own clock.
        var now = clock.GetUtcNow().UtcDateTime;
        var roles = kind.StartsWith(DeadlineMonitor.ReminderPrefix, StringComparison.Ordinal) ? [StaffRoles.UnitOfficer]
            : kind == DeadlineMonitor.ReportToCommissionKind ? new[] { StaffRoles.Center, StaffRoles.Discipline }
            : [StaffRoles.UnitHead, StaffRoles.Center];
        var accused = (await db.AccusedPersons.Where(a => a.CaseId == c.Id).Select(a => new { a.EmailPseudonym, a.PhonePseudonym }).ToListAsync(cancellationToken))
            .SelectMany(a => new[] { a.EmailPseudonym, a.PhonePseudonym }).OfType<string>().ToList();
        var recipients = await RecipientsAsync(roles, c.UnitCode, accused, cancellationToken);
        if (recipients.Count == 0)
        {
            // A unit without officers must not swallow its reminder: the centre hears of it instead.
            recipients = await RecipientsAsync([StaffRoles.Center], null, accused, cancellationToken);
        }

        var link = new Uri(options.Value.StaffUrl, $"/staff/cases/{c.Id}");
        var subject = $"[{(kind.StartsWith(DeadlineMonitor.ReminderPrefix, StringComparison.Ordinal) ? "ใกล้ครบกำหนด / Due soon" : "เกินกำหนด / Overdue")}] เรื่อง {c.Number}: {state.Clock.NameTh}";
        var body = $"""
            เรื่อง {c.Number} — {state.Clock.NameTh} ครบกำหนดวันที่ {state.Due:yyyy-MM-dd} ({state.Clock.Source})
            เปิดดูเรื่อง: {link}

            Case {c.Number} — {state.Clock.NameEn} is due on {state.Due:yyyy-MM-dd}.
            Open the case: {link}
            """;
        foreach (var address in recipients)
        {
            var id = IdOf(c.Id, kind, address);
            if (db.StaffMail.Local.Any(m => m.Id == id) || await db.StaffMail.AnyAsync(m => m.Id == id, cancellationToken))
            {
                continue;
            }

            db.StaffMail.Add(new StaffMail { Id = id, CaseId = c.Id, Kind = kind, ToAddress = address, Subject = subject, Body = body, CreatedAtUtc = now, NextAttemptAtUtc = now });
        }

        return recipients.Count;
    }

    /// <summary>Never the person the case accuses: their account is recognised by the pseudonyms of its e-mail and phone.</summary>
    async Task<List<string>> RecipientsAsync(string[] roles, string? unit, IReadOnlyCollection<string> accused, CancellationToken cancellationToken)
    {
        var candidates = await (from u in db.Users
                                join ur in db.UserRoles on u.Id equals ur.UserId
                                join r in db.Roles on ur.RoleId equals r.Id
                                where roles.Contains(r.Name!) && u.Email != null
                                      && (!(r.Name == StaffRoles.UnitOfficer || r.Name == StaffRoles.UnitHead) || u.UnitCode == unit)
                                select new { Email = u.Email!, u.PhoneNumber }).ToListAsync(cancellationToken);
        return candidates.Where(u => !pseudonyms.OfContact(u.Email, u.PhoneNumber).Any(accused.Contains))
            .Select(u => u.Email).Distinct().Order().ToList();
    }

    /// <summary>The same notice to the same person is always the same row.</summary>
    public static Guid IdOf(Guid caseId, string kind, string address) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{caseId:N}|{kind}|{address.ToUpperInvariant()}"))[..16]);
}
