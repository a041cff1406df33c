using Hub.CaseStore.Accounts;
using Hub.CaseStore.Deadlines;
using Hub.CaseStore.Staff.Mail;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hub.IntegrationTests.Staff;

/// <summary>
/// Deadline reminders and escalations (issue #7 "Statutory clocks") mailed through the real Postfix and read back
/// from Dovecot: each person once, and a mail that failed while SMTP was down is delivered when it returns.
/// </summary>
public class DeadlineMailTests
{
    [Fact]
    public async Task Reminders_reach_the_officers_and_escalations_the_head_and_centre_once_each_despite_an_smtp_outage()
    {
        await using var smtp = new TcpOutageProxy(TestServices.Smtp.Host, TestServices.Smtp.Port);
        smtp.Cut();
        await using var staff = await StaffHub.StartAsync(new Dictionary<string, string?>
        {
            ["Hub:Staff:Mail:Host"] = "127.0.0.1",
            ["Hub:Staff:Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hub:Staff:Mail:Security"] = "None",
            ["Hub:Staff:Mail:PollInterval"] = "00:00:00.200",
            ["Hub:Staff:Mail:MaxBackoff"] = "00:00:00.500",
            ["Hub:Staff:Mail:CommandTimeout"] = "00:00:05",
        });
        var officer = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U1", email: TestMailServer.NewUser("officer"));
        var otherUnit = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U2", email: TestMailServer.NewUser("other"));
        var head = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitHead, "U1", email: TestMailServer.NewUser("head"));
        var centre = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center, email: TestMailServer.NewUser("centre"));
        var id = await staff.FileCaseAsync("เรื่องที่ยังไม่ได้คัดกรอง", "U1");
        var (opened, number) = await staff.Hub.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => ValueTuple.Create(c.OpenedAtUtc, c.Number)).SingleAsync());
        var clock = new FakeTimeProvider(new DateTimeOffset(opened).AddDays(13));

        async Task RunMonitorAsync()
        {
            await using var scope = staff.Hub.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Hub.CaseStore.Persistence.HubDbContext>();
            await new DeadlineMonitor(db, scope.ServiceProvider.GetRequiredService<HolidayCalendar>(), new Hub.CaseStore.Audit.AuditLog(db, clock, scope.ServiceProvider.GetRequiredService<Hub.CaseStore.Audit.AuditChainKey>()),
                scope.ServiceProvider.GetRequiredService<DeadlineNoticeMail>(), clock, Options.Create(new DeadlineOptions { WarningDays = 7 }), NullLogger<DeadlineMonitor>.Instance)
                .RunAsync(CancellationToken.None);
        }

        await RunMonitorAsync();
        var failed = await Eventually.Get(
            () => staff.Hub.WithDbAsync(db => db.StaffMail.AsNoTracking().SingleAsync()),
            m => m.Attempts >= 1, because: "the reminder is tried while SMTP is down");
        Assert.Null(failed.SentAtUtc);
        Assert.NotNull(failed.LastError);
        Assert.Equal(officer, failed.ToAddress);

        smtp.Restore();
        var reminders = await Eventually.Get(() => TestMailServer.ReadAllAsync(officer), m => m.Count >= 1, because: "the reminder is delivered once SMTP is back");
        Assert.Contains(number, reminders[0].Subject, StringComparison.Ordinal);
        Assert.Contains("ใกล้ครบกำหนด", reminders[0].Subject, StringComparison.Ordinal);

        await RunMonitorAsync();
        clock.Advance(TimeSpan.FromDays(10));
        await RunMonitorAsync();
        await RunMonitorAsync();
        foreach (var escalated in new[] { head, centre })
        {
            var mail = await Eventually.Get(() => TestMailServer.ReadAllAsync(escalated), m => m.Count >= 1, because: "the escalation reaches the head and the centre");
            Assert.Contains("เกินกำหนด", mail[0].Subject, StringComparison.Ordinal);
        }

        await Eventually.Get(() => staff.Hub.WithDbAsync(db => db.StaffMail.CountAsync(m => m.SentAtUtc == null)), n => n == 0, because: "everything queued is sent");
        Assert.Single(await TestMailServer.ReadAllAsync(officer));
        Assert.Single(await TestMailServer.ReadAllAsync(head));
        Assert.Single(await TestMailServer.ReadAllAsync(centre));
        Assert.Empty(await TestMailServer.ReadAllAsync(otherUnit));
        Assert.Equal(3, await staff.Hub.WithDbAsync(db => db.StaffMail.CountAsync()));
    }
}
