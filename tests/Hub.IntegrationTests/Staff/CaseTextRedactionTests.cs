using System.Net;
using Hub.CaseStore.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Staff;

/// <summary>
/// Issue #18: the case page hides national ids, phones and e-mails in complaint text; the accused unit's own handlers
/// can never uncover them, the centre can in one audited click; link evidence never prints an identifier.
/// </summary>
public class CaseTextRedactionTests
{
    const string NationalId = "1101700203451";
    const string Phone = "081-234-5678";
    const string Email = "somchai.reporter@example.com";
    static readonly string Story = $"ผู้ร้องเลขบัตร {NationalId} โทร {Phone} อีเมล {Email} ถูกเจ้าหน้าที่เขตเรียกเงิน";

    [Fact]
    public async Task The_accused_units_handler_sees_only_the_redacted_text_and_the_centre_opens_the_original_on_the_audit_chain()
    {
        await using var staff = await StaffHub.StartAsync();
        // Classified as about U1 and (deliberately, by the centre) assigned there.
        var id = await staff.FileCaseAsync(Story, "U1", shape: n => n with { UnitCode = "U1" });
        var page = $"/staff/cases/{id}";
        using var accusedUnit = new StaffClient(staff.Hub);
        using var centre = new StaffClient(staff.Hub);
        await accusedUnit.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U1"));
        var centreEmail = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        await centre.SignInAsync(centreEmail);

        var unitHtml = await (await accusedUnit.GetAsync(page)).Content.ReadAsStringAsync();
        foreach (var secret in new[] { NationalId, Phone, Email })
        {
            Assert.DoesNotContain(secret, unitHtml, StringComparison.Ordinal);
        }

        Assert.Contains("[PHONE]", unitHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("show-original", unitHtml, StringComparison.Ordinal);
        var forced = await accusedUnit.GetAsync(page + "?original=1");
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        Assert.DoesNotContain(NationalId, await forced.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var centreDefault = await (await centre.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.DoesNotContain(NationalId, centreDefault, StringComparison.Ordinal);
        Assert.Contains("show-original", centreDefault, StringComparison.Ordinal);
        var original = await (await centre.GetAsync(page + "?original=1")).Content.ReadAsStringAsync();
        Assert.Contains(NationalId, original, StringComparison.Ordinal);
        Assert.Contains(Email, original, StringComparison.Ordinal);
        Assert.Equal([centreEmail], await staff.Hub.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "case.view-original" && a.CaseId == id.ToString()).Select(a => a.Actor).ToListAsync()));
    }

    [Fact]
    public async Task Link_evidence_says_an_identifier_was_shared_without_printing_it()
    {
        await using var staff = await StaffHub.StartAsync();
        var id = await staff.FileCaseAsync("เรื่องที่ถูกเชื่อมโยงอัตโนมัติ", null);
        // A row as older intake stored it: the scorer's evidence with the shared identifier's value.
        await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.CaseId == id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.LinkScore, 0.9).SetProperty(c => c.LinkEvidence, $"text 0.71\nsame identifier: {NationalId}\nsame place: ตลาดห้วยขวาง")));
        using var centre = new StaffClient(staff.Hub);
        await centre.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));

        foreach (var view in new[] { "", "?original=1" })
        {
            var html = await (await centre.GetAsync($"/staff/cases/{id}{view}")).Content.ReadAsStringAsync();
            Assert.Contains("same identifier", html, StringComparison.Ordinal);
            Assert.Contains("same place", html, StringComparison.Ordinal);
            Assert.DoesNotContain(NationalId, html, StringComparison.Ordinal);
        }

        Assert.Equal("same identifier", Hub.CaseStore.Staff.LinkEvidenceText.Stored($"same identifier: {NationalId}"));
    }
}
