using System.Net;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Identity;
using Hub.Cli;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Staff;

public class CaseWorkTests
{
    [Fact]
    public async Task A_case_moves_through_the_lifecycle_recording_who_and_the_required_fields()
    {
        await using var staff = await StaffHub.StartAsync();
        var id = await staff.FileCaseAsync("เจ้าหน้าที่เรียกเงินค่าอนุญาตก่อสร้าง", null);
        using var client = new StaffClient(staff.Hub);
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        await client.SignInAsync(email);
        var page = $"/staff/cases/{id}";

        async Task<HttpStatusCode> Move(Dictionary<string, string> fields) => (await client.PostFormAsync($"{page}/transition", fields, page)).StatusCode;

        Assert.Equal(HttpStatusCode.BadRequest, await Move(new() { ["to"] = "Screened" }));
        Assert.Equal(HttpStatusCode.Redirect, await Move(new() { ["to"] = "Screened", ["outcome"] = "accepted" }));
        Assert.Equal(HttpStatusCode.BadRequest, await Move(new() { ["to"] = "Assigned" }));
        Assert.Equal(HttpStatusCode.Redirect, await Move(new() { ["to"] = "Assigned", ["unit"] = "U7" }));
        Assert.Equal(HttpStatusCode.Redirect, await Move(new() { ["to"] = "PreliminaryInquiry" }));
        Assert.Equal(HttpStatusCode.Redirect, await Move(new() { ["to"] = "Investigation", ["outcome"] = "serious" }));
        Assert.Equal(HttpStatusCode.BadRequest, await Move(new() { ["to"] = "Concluded", ["outcome"] = "substantiated" }));
        Assert.Equal(HttpStatusCode.Redirect, await Move(new() { ["to"] = "Concluded", ["outcome"] = "substantiated", ["action"] = "ลงโทษปลดออก" }));
        Assert.Equal(HttpStatusCode.Redirect, await Move(new() { ["to"] = "Closed" }));

        var @case = await staff.Hub.WithDbAsync(db => db.Cases.Include(c => c.Events).SingleAsync(c => c.Id == id));
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal("U7", @case.UnitCode);
        Assert.NotNull(@case.ConcludedAtUtc);
        var concluded = Assert.Single(@case.Events, e => e.Kind == "status:Concluded");
        Assert.Equal(email, concluded.Actor);
        Assert.Contains("action: ลงโทษปลดออก", concluded.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_changes_nothing()
    {
        await using var staff = await StaffHub.StartAsync();
        var id = await staff.FileCaseAsync("เรื่องทดสอบ", null);
        using var client = new StaffClient(staff.Hub);
        await client.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));

        var forged = await client.PostFormAsync($"/staff/cases/{id}/transition", new() { ["to"] = "Screened", ["outcome"] = "accepted" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(CaseStatus.Received, await staff.Hub.WithDbAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Script_and_sql_in_complaint_text_are_stored_verbatim_and_shown_inert()
    {
        const string hostile = "<script>alert('x')</script> '; DROP TABLE cases; -- \" OR 1=1";
        await using var staff = await StaffHub.StartAsync();
        var id = await staff.FileCaseAsync(hostile, null);
        using var client = new StaffClient(staff.Hub);
        await client.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        await client.PostFormAsync($"/staff/cases/{id}/notes", new() { ["text"] = hostile }, $"/staff/cases/{id}");

        var html = await (await client.GetAsync($"/staff/cases/{id}")).Content.ReadAsStringAsync();
        var search = await (await client.GetAsync("/staff?q=" + Uri.EscapeDataString("DROP TABLE"))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), search, StringComparison.Ordinal);
        Assert.Equal(hostile, await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.CaseId == id).Select(c => c.Text).SingleAsync()));
        Assert.Equal(hostile, await staff.Hub.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == id && e.Kind == "note").Select(e => e.Detail).SingleAsync()));
    }

    [Fact]
    public async Task Reporter_identity_opens_only_after_a_second_custodian_approves_and_every_step_is_audited()
    {
        await using var staff = await StaffHub.StartAsync();
        var id = await staff.FileCaseAsync("ผู้อำนวยการเขตรับสินบน", null, new ReporterContact(Name: "สมชาย ใจดี", Email: "somchai@example.com"));
        using var requester = new StaffClient(staff.Hub);
        using var custodian = new StaffClient(staff.Hub);
        await requester.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        await custodian.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        var page = $"/staff/cases/{id}";
        var caseHtml = await (await requester.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("สมชาย", caseHtml, StringComparison.Ordinal);
        var identity = await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.CaseId == id).Select(c => c.ReporterIdentityId).SingleAsync());

        var requested = await requester.PostFormAsync($"{page}/reveal-requests", new() { ["identity"] = identity.ToString()!, ["reason"] = "ตรวจสอบกรรมการสอบสวนมีส่วนได้เสีย" }, page);
        var requestPage = requested.Headers.Location!.OriginalString;
        var selfApproval = await requester.PostFormAsync($"{requestPage}/approve", [], requestPage);
        var openedEarly = await requester.PostFormAsync($"{requestPage}/open", [], requestPage);
        var approval = await custodian.PostFormAsync($"{requestPage}/approve", [], requestPage);
        var byOther = await custodian.PostFormAsync($"{requestPage}/open", [], requestPage);
        var opened = await requester.PostFormAsync($"{requestPage}/open", [], requestPage);

        Assert.Equal(HttpStatusCode.Forbidden, selfApproval.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, openedEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approval.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Contains("สมชาย ใจดี", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var actions = await staff.Hub.WithDbAsync(db => db.AuditEntries.Where(a => a.CaseId == id.ToString()).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["case.view", "case.view", "identity.reveal-requested", "identity.reveal-approved", "identity.revealed"], actions);
        Assert.DoesNotContain(await staff.Hub.WithDbAsync(db => db.AuditEntries.Select(a => a.Detail).ToListAsync()), d => d != null && d.Contains("สมชาย", StringComparison.Ordinal));
    }
}
