using System.Net;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Staff;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Staff;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Dedup;

/// <summary>Staff split and link on the case page: scope-checked, audited, and the split remembered across a restart.</summary>
public sealed class StaffLinkingTests
{
    [Fact]
    public async Task A_split_is_audited_and_still_keeps_the_pair_apart_after_a_restart()
    {
        using var directory = new TempDirectory();
        var settings = HubSettings.Embedded(directory);
        Guid first, second, original, splitCase;
        string centre;
        await using (var hub = await EmbeddedHub.StartAsync(settings))
        {
            first = await Retellings.FileAsync(hub.Services, Retellings.Normalized(Retellings.Market[0], "line", Retellings.At, "pseudonym-reporter-one"));
            second = await Retellings.FileAsync(hub.Services, Retellings.Normalized(Retellings.Market[1], "traffy", Retellings.At.AddHours(2), "pseudonym-reporter-two"));
            original = await CaseOf(hub, first);
            Assert.Equal(original, await CaseOf(hub, second));

            centre = await StaffClient.CreateUserAsync(hub, StaffRoles.Center);
            using var client = new StaffClient(hub);
            await client.SignInAsync(centre);
            var page = await (await client.GetAsync($"/staff/cases/{original}")).Content.ReadAsStringAsync();
            Assert.Contains("""Independent reporters: <strong>2</strong> · ช่องทาง / Channels: <strong>2</strong>""", page, StringComparison.Ordinal);
            Assert.Contains("same place: ตลาดห้วยขวาง", page, StringComparison.Ordinal);

            var split = await client.PostFormAsync($"/staff/cases/{original}/split", new() { ["complaint"] = second.ToString(), ["reason"] = "คนละเหตุการณ์" }, $"/staff/cases/{original}");
            Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
            splitCase = await CaseOf(hub, second);
            Assert.NotEqual(original, splitCase);
        }

        await using (var restarted = await EmbeddedHub.StartAsync(settings))
        {
            using var client = new StaffClient(restarted);
            await client.SignInAsync(centre);
            var number = await restarted.WithDbAsync(db => db.Cases.Where(c => c.Id == splitCase).Select(c => c.Number).SingleAsync());

            var relink = await client.PostFormAsync($"/staff/cases/{original}/link", new() { ["number"] = number, ["reason"] = "ลองรวมอีกครั้ง" }, $"/staff/cases/{original}");

            Assert.Equal(HttpStatusCode.BadRequest, relink.StatusCode);
            Assert.Contains("split apart", await relink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotEqual(await CaseOf(restarted, first), await CaseOf(restarted, second));
            var actions = await restarted.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
            Assert.Contains("case.split", actions);
            Assert.DoesNotContain("case.link", actions);
            Assert.Contains(await restarted.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == original).Select(e => e.Kind).ToListAsync()), k => k == "complaint-split");
        }
    }

    [Fact]
    public async Task Linking_moves_every_complaint_and_only_centre_and_discipline_may_link_or_split()
    {
        await using var staff = await StaffHub.StartAsync();
        var target = await staff.FileCaseAsync("เจ้าหน้าที่เขตเรียกเงินค่าต่อใบอนุญาตก่อสร้าง", "D1001");
        var other = await staff.FileCaseAsync("ขอแจ้งเรื่องเจ้าหน้าที่เขตเรียกเงินเพิ่มตอนต่อใบอนุญาต", "D1001");
        var otherNumber = await staff.Hub.WithDbAsync(db => db.Cases.Where(c => c.Id == other).Select(c => c.Number).SingleAsync());
        var fields = new Dictionary<string, string> { ["number"] = otherNumber, ["reason"] = "เหตุการณ์เดียวกัน" };

        using var officer = new StaffClient(staff.Hub);
        await officer.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "D1001"));
        Assert.DoesNotContain("/link", await (await officer.GetAsync($"/staff/cases/{target}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync($"/staff/cases/{target}/link", fields, $"/staff/cases/{target}")).StatusCode);

        using var discipline = new StaffClient(staff.Hub);
        await discipline.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Discipline));
        Assert.Equal(HttpStatusCode.Redirect, (await discipline.PostFormAsync($"/staff/cases/{target}/link", fields, $"/staff/cases/{target}")).StatusCode);

        Assert.Equal(2, await staff.Hub.WithDbAsync(db => db.Complaints.CountAsync(c => c.CaseId == target)));
        Assert.Equal(target, await staff.Hub.WithDbAsync(db => db.Cases.Where(c => c.Id == other).Select(c => c.MergedIntoCaseId).SingleAsync()));
        var complaint = await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.CaseId == target).Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await officer.PostFormAsync($"/staff/cases/{target}/split", new() { ["complaint"] = complaint.ToString(), ["reason"] = "x" }, $"/staff/cases/{target}")).StatusCode);
        Assert.Contains("case.link", await staff.Hub.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync()));
    }

    static Task<Guid> CaseOf(EmbeddedHub hub, Guid complaint) =>
        hub.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint).Select(c => c.CaseId).SingleAsync());
}
