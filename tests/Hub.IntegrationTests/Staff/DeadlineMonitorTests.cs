using Hub.CaseStore.Audit;
using Hub.CaseStore.Deadlines;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hub.IntegrationTests.Staff;

public class DeadlineMonitorTests
{
    [Fact]
    public async Task A_reminder_then_an_escalation_are_recorded_once_each_and_shown_on_the_overdue_board()
    {
        await using var staff = await StaffHub.StartAsync();
        var id = await staff.FileCaseAsync("เรื่องที่ยังไม่ได้คัดกรอง", "U1");
        var opened = await staff.Hub.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.OpenedAtUtc).SingleAsync());
        var clock = new FakeTimeProvider(new DateTimeOffset(opened).AddDays(13));

        async Task<int> RunAsync()
        {
            await using var scope = staff.Hub.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var monitor = new DeadlineMonitor(db, scope.ServiceProvider.GetRequiredService<HolidayCalendar>(), new AuditLog(db, clock, scope.ServiceProvider.GetRequiredService<AuditChainKey>()),
                scope.ServiceProvider.GetRequiredService<Hub.CaseStore.Staff.Mail.DeadlineNoticeMail>(), clock,
                Options.Create(new DeadlineOptions { WarningDays = 7 }), NullLogger<DeadlineMonitor>.Instance);
            return await monitor.RunAsync(CancellationToken.None);
        }

        var soon = await RunAsync();
        var again = await RunAsync();
        clock.Advance(TimeSpan.FromDays(10));
        var overdue = await RunAsync();

        Assert.Equal((1, 0, 1), (soon, again, overdue));
        var kinds = await staff.Hub.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == id && e.Actor == "system").OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal(["reminder:reporter-informed", "escalation:reporter-informed"], kinds);
        Assert.True((await staff.Hub.WithDbAsync(db => AuditVerifier.VerifyAsync(db, staff.Hub.Services.GetRequiredService<AuditChainKey>(), null, CancellationToken.None))).Intact);
    }
}
