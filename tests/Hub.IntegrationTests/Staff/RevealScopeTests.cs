using System.Net;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Staff;

/// <summary>
/// Issue #18 (High): the identity-reveal routes apply the case page's conflict-of-interest scope. Written as the accused
/// custodian would try it: create, view, approve, and open a request made before the accusation was recorded.
/// </summary>
public class RevealScopeTests
{
    const string AccusedEmail = "custodian.accused@bangkok.go.th";
    const string ReporterName = "สมหญิง ผู้แจ้ง";

    [Fact]
    public async Task An_accused_custodian_can_neither_create_view_approve_nor_open_a_reveal_on_the_case()
    {
        await using var staff = await StaffHub.StartAsync();
        var id = await staff.FileCaseAsync("หัวหน้าศูนย์รับเงินจากผู้รับเหมา", null, new ReporterContact(Name: ReporterName, Email: "somying@example.com"));
        var page = $"/staff/cases/{id}";
        var identity = (await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.CaseId == id).Select(c => c.ReporterIdentityId).SingleAsync()))!.Value.ToString();
        using var accused = new StaffClient(staff.Hub);
        using var honest = new StaffClient(staff.Hub);
        using var third = new StaffClient(staff.Hub);
        await accused.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center, email: AccusedEmail));
        await honest.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        await third.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));

        // Before anyone knows, the future accused asks for the reporter; the request is legitimate at that moment.
        var early = await accused.PostFormAsync($"{page}/reveal-requests", new() { ["identity"] = identity, ["reason"] = "ตรวจสอบข้อเท็จจริง" }, page);
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        var earlyRequest = early.Headers.Location!.OriginalString;

        // Then the discipline division records the custodian as accused in this case.
        using var recorder = new StaffClient(staff.Hub);
        await recorder.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Discipline));
        Assert.Equal(HttpStatusCode.Redirect, (await recorder.PostFormAsync($"{page}/accused", new() { ["name"] = "ผู้ดูแลข้อมูล", ["position"] = "หัวหน้าศูนย์", ["email"] = AccusedEmail }, page)).StatusCode);

        // An honest custodian approves the early request: the accused still cannot open it.
        Assert.Equal(HttpStatusCode.Redirect, (await honest.PostFormAsync($"{earlyRequest}/approve", [], earlyRequest)).StatusCode);
        var opened = await accused.PostFormAsync($"{earlyRequest}/open", [], "/staff");
        Assert.Equal(HttpStatusCode.Forbidden, opened.StatusCode);
        Assert.DoesNotContain(ReporterName, await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Create: refused, and no request row is written.
        var before = await staff.Hub.WithDbAsync(db => db.IdentityRevealRequests.CountAsync());
        var created = await accused.PostFormAsync($"{page}/reveal-requests", new() { ["identity"] = identity, ["reason"] = "ขอดูอีกครั้ง" }, "/staff");
        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Equal(before, await staff.Hub.WithDbAsync(db => db.IdentityRevealRequests.CountAsync()));

        // View and approve an honest custodian's request: refused; the request stays unapproved.
        var honestRequest = (await honest.PostFormAsync($"{page}/reveal-requests", new() { ["identity"] = identity, ["reason"] = "สอบถามผู้ร้องเพิ่มเติม" }, page)).Headers.Location!.OriginalString;
        var viewed = await accused.GetAsync(honestRequest);
        Assert.Equal(HttpStatusCode.Forbidden, viewed.StatusCode);
        Assert.DoesNotContain("สอบถามผู้ร้องเพิ่มเติม", await viewed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await accused.GetAsync(earlyRequest)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await accused.PostFormAsync($"{honestRequest}/approve", [], "/staff")).StatusCode);
        var requestId = Guid.Parse(honestRequest.Split('/')[^1]);
        Assert.Null(await staff.Hub.WithDbAsync(db => db.IdentityRevealRequests.Where(r => r.Id == requestId).Select(r => r.ApprovedBy).SingleAsync()));

        // The honest custodians are unaffected: the third approves, the requester opens.
        Assert.Equal(HttpStatusCode.OK, (await third.GetAsync(honestRequest)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await third.PostFormAsync($"{honestRequest}/approve", [], honestRequest)).StatusCode);
        Assert.Contains(ReporterName, await (await honest.PostFormAsync($"{honestRequest}/open", [], honestRequest)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var revealedBy = await staff.Hub.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "identity.revealed").Select(a => a.Actor).ToListAsync());
        Assert.DoesNotContain(AccusedEmail, revealedBy);
        Assert.Single(revealedBy);
    }
}
