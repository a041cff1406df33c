using System.Net;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Deadlines;
using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Staff;
using Hub.CaseStore.Staff.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Staff;

/// <summary>Issue #7 "conflict-of-interest guard": the accused never receives the case, the accused unit only by deliberate assignment, reprisals flagged.</summary>
public class ConflictOfInterestTests
{
    const string AccusedEmail = "somsak.accused@bangkok.go.th";

    static Dictionary<string, string> Accused(string email, string phone = "") =>
        new() { ["name"] = "สมศักดิ์ ทดสอบ", ["position"] = "นักวิชาการสิ่งแวดล้อม", ["email"] = email, ["phone"] = phone, ["nationalId"] = "1101700203451" };

    [Fact]
    public async Task A_staff_account_accused_in_a_case_can_neither_see_nor_act_on_it_nor_be_mailed_about_it()
    {
        await using var staff = await StaffHub.StartAsync();
        var id = await staff.FileCaseAsync("เจ้าหน้าที่สิ่งแวดล้อมเรียกรับเงิน", "U1");
        var visible = await staff.FileCaseAsync("เรื่องอื่นของหน่วยงานเดียวกัน", "U1");
        var accusedOfficer = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U1", email: AccusedEmail);
        var colleague = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U1");
        var accusedCentre = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        await SetPhoneAsync(staff, accusedCentre, "+66 81 234 5678");
        using var recorder = new StaffClient(staff.Hub);
        await recorder.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Discipline));
        var page = $"/staff/cases/{id}";

        var recorded = await recorder.PostFormAsync($"{page}/accused", Accused(" Somsak.Accused@bangkok.go.th "), page);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await recorder.PostFormAsync($"{page}/accused", new() { ["name"] = "ผู้ถูกร้องคนที่สอง", ["position"] = "หัวหน้าฝ่าย", ["phone"] = "081-234-5678" }, page)).StatusCode);

        // Identifiers are sealed: the case page shows the position only, the database keeps pseudonyms and a vault pointer.
        var recorderPage = await (await recorder.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("นักวิชาการสิ่งแวดล้อม", recorderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("สมศักดิ์", recorderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("1101700203451", recorderPage, StringComparison.Ordinal);
        var rows = await staff.Hub.WithDbAsync(db => db.AccusedPersons.ToListAsync());
        Assert.All(rows, r => Assert.DoesNotContain("@", r.EmailPseudonym ?? "", StringComparison.Ordinal));
        Assert.Equal(2, await staff.Hub.WithDbAsync(db => db.ReporterIdentities.CountAsync(i => rows.Select(r => r.IdentityId).Contains(i.Id))));

        // The matrix for the accused accounts: the inbox without the case, the case and its routes refused; the colleague unaffected.
        foreach (var email in new[] { accusedOfficer, accusedCentre })
        {
            using var accused = new StaffClient(staff.Hub);
            await accused.SignInAsync(email);
            var inbox = await (await accused.GetAsync("/staff")).Content.ReadAsStringAsync();
            Assert.DoesNotContain(id.ToString(), inbox, StringComparison.Ordinal);
            Assert.Contains(visible.ToString(), inbox, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await accused.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await accused.GetAsync($"/staff/cases/{visible}")).StatusCode);
            foreach (var post in new[] { "transition", "notes", "accused" })
            {
                var outcome = await accused.PostFormAsync($"{page}/{post}", new() { ["to"] = "Screened", ["outcome"] = "accepted", ["text"] = "x", ["name"] = "x", ["position"] = "x" }, "/staff");
                Assert.True(outcome.StatusCode == HttpStatusCode.Forbidden, $"{email} POST {post}: {outcome.StatusCode}");
            }
        }

        using (var other = new StaffClient(staff.Hub))
        {
            await other.SignInAsync(colleague);
            Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(page)).StatusCode);
        }

        await using var scope = staff.Hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var @case = await db.Cases.Include(c => c.Events).SingleAsync(c => c.Id == id);
        var state = CaseClocks.Of(@case, scope.ServiceProvider.GetRequiredService<HolidayCalendar>())[0];
        await scope.ServiceProvider.GetRequiredService<DeadlineNoticeMail>().QueueAsync(@case, DeadlineMonitor.ReminderPrefix + "test", state, CancellationToken.None);
        Assert.Equal([colleague], db.StaffMail.Local.Select(m => m.ToAddress));
        await scope.ServiceProvider.GetRequiredService<DeadlineNoticeMail>().QueueAsync(@case, "overdue:test", state, CancellationToken.None);
        Assert.DoesNotContain(accusedCentre, db.StaffMail.Local.Select(m => m.ToAddress));
    }

    [Fact]
    public async Task A_case_about_a_unit_stays_hidden_from_it_until_the_centre_assigns_it_there_with_a_recorded_reason()
    {
        await using var staff = await StaffHub.StartAsync();
        var id = await staff.FileCaseAsync("สำนักงานเขตหนึ่งเรียกรับเงิน", null, shape: n => n with { UnitCode = "U1" });
        using var unit = new StaffClient(staff.Hub);
        using var discipline = new StaffClient(staff.Hub);
        using var centre = new StaffClient(staff.Hub);
        await unit.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U1"));
        await discipline.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Discipline));
        var centreEmail = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        await centre.SignInAsync(centreEmail);
        var page = $"/staff/cases/{id}";
        Assert.Equal(("U1", (string?)null), await staff.Hub.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => ValueTuple.Create(c.AccusedUnitCode!, c.UnitCode)).SingleAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync(page)).StatusCode);
        Assert.DoesNotContain(id.ToString(), await (await unit.GetAsync("/staff")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await centre.PostFormAsync($"{page}/transition", new() { ["to"] = "Screened", ["outcome"] = "accepted" }, page)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await discipline.PostFormAsync($"{page}/transition", new() { ["to"] = "Assigned", ["unit"] = "U1", ["reason"] = "สะดวก" }, page)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await centre.PostFormAsync($"{page}/transition", new() { ["to"] = "Assigned", ["unit"] = "u1" }, page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync(page)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await centre.PostFormAsync($"{page}/transition", new() { ["to"] = "Assigned", ["unit"] = "U1", ["reason"] = "ผู้ถูกร้องย้ายไปแล้ว หน่วยงานเป็นผู้ครอบครองเอกสาร" }, page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync(page)).StatusCode);
        var decision = await staff.Hub.WithDbAsync(db => db.CaseEvents.SingleAsync(e => e.CaseId == id && e.Kind == CaseWork.AssignedToAccusedUnitKind));
        Assert.Equal(centreEmail, decision.Actor);
        Assert.Contains("reason: ผู้ถูกร้องย้ายไปแล้ว", decision.Detail, StringComparison.Ordinal);
        Assert.Equal(1, await staff.Hub.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.CaseId == id.ToString() && a.Action == "case.assign-accused-unit" && a.Actor == centreEmail)));
    }

    [Fact]
    public async Task A_later_case_accusing_a_known_reporter_is_flagged_for_the_centre_only_without_naming_the_reporter()
    {
        await using var staff = await StaffHub.StartAsync();
        var reported = await staff.FileCaseAsync("ผู้อำนวยการเขตรับสินบน", null, new ReporterContact(Name: "สมหญิง ผู้แจ้ง", Email: "somying@example.com"));
        var reprisal = await staff.FileCaseAsync("ร้องเรียนว่าเจ้าหน้าที่ขาดงานบ่อย", "U1");
        var unrelated = await staff.FileCaseAsync("ร้องเรียนเรื่องอื่น", "U1");
        using var centre = new StaffClient(staff.Hub);
        using var discipline = new StaffClient(staff.Hub);
        using var unit = new StaffClient(staff.Hub);
        await centre.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        await discipline.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Discipline));
        await unit.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U1"));

        await unit.PostFormAsync($"/staff/cases/{reprisal}/accused", Accused("SOMYING@example.com"), $"/staff/cases/{reprisal}");
        await unit.PostFormAsync($"/staff/cases/{unrelated}/accused", Accused("someone.else@example.com"), $"/staff/cases/{unrelated}");

        var flags = await staff.Hub.WithDbAsync(db => db.Cases.ToDictionaryAsync(c => c.Id, c => c.PossibleRetaliation));
        Assert.Equal((false, true, false), (flags[reported], flags[reprisal], flags[unrelated]));
        const string badge = "อาจเป็นการกลั่นแกล้ง";
        var centrePage = await (await centre.GetAsync($"/staff/cases/{reprisal}")).Content.ReadAsStringAsync();
        Assert.Contains(badge, centrePage, StringComparison.Ordinal);
        var reportedNumber = await staff.Hub.WithDbAsync(db => db.Cases.Where(c => c.Id == reported).Select(c => c.Number).SingleAsync());
        Assert.DoesNotContain(reportedNumber, centrePage, StringComparison.Ordinal);
        Assert.DoesNotContain("สมหญิง", centrePage, StringComparison.Ordinal);
        Assert.Single(Rows(await (await centre.GetAsync("/staff")).Content.ReadAsStringAsync()), r => r.Contains(badge, StringComparison.Ordinal));
        Assert.DoesNotContain(badge, await (await discipline.GetAsync($"/staff/cases/{reprisal}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(badge, await (await unit.GetAsync($"/staff/cases/{reprisal}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(badge, await (await unit.GetAsync("/staff")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var flagged = await staff.Hub.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "case.possible-retaliation"));
        Assert.Equal((reprisal.ToString(), (string?)null), (flagged.CaseId, flagged.Detail));
    }

    static IEnumerable<string> Rows(string html) => html.Split("<tr>").Skip(1);

    static async Task SetPhoneAsync(StaffHub staff, string email, string phone)
    {
        await using var scope = staff.Hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.True((await users.SetPhoneNumberAsync(user!, phone)).Succeeded);
    }
}
