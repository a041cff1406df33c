using System.Net;
using Hub.CaseStore.Accounts;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Staff;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Cases;

/// <summary>
/// Issue #18: an anonymous probe retells an incident through the public form and reads its receipt. The receipt must
/// not say whether a case already exists, its number, or how far it got; the original reporter's receipt is unchanged.
/// </summary>
public class ReceiptDisclosureTests
{
    const string Story = "เจ้าหน้าที่ฝ่ายโยธาเขตเรียกเงิน 20,000 บาท เพื่อเร่งออกใบอนุญาตก่อสร้าง";

    [Fact]
    public async Task A_retold_complaint_linked_into_an_investigated_case_learns_neither_its_number_nor_its_stage()
    {
        await using var staff = await StaffHub.StartAsync();
        var http = staff.Hub.Http;
        var original = await http.FileComplaintAsync(new { text = Story, anonymous = true });
        var number = (await http.CaseFiledAsync(original)).CaseNumber!;
        var caseId = await staff.Hub.WithDbAsync(db => db.Cases.Where(c => c.Number == number).Select(c => c.Id).SingleAsync());
        using var centre = new StaffClient(staff.Hub);
        await centre.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        async Task MoveAsync(string to, string? outcome = null, string? unit = null)
        {
            var fields = new Dictionary<string, string> { ["to"] = to };
            if (outcome is not null) { fields["outcome"] = outcome; }
            if (unit is not null) { fields["unit"] = unit; }
            Assert.Equal(HttpStatusCode.Redirect, (await centre.PostFormAsync($"/staff/cases/{caseId}/transition", fields, $"/staff/cases/{caseId}")).StatusCode);
        }

        await MoveAsync("Screened", "accepted");
        await MoveAsync("Assigned", unit: "U1");
        await MoveAsync("PreliminaryInquiry");

        // The probe: the same words from the same door join the case (same-text window).
        var probe = await http.FileComplaintAsync(new { text = Story, anonymous = true });
        var seen = await http.CaseFiledAsync(probe);
        Assert.Equal(caseId, await staff.Hub.WithDbAsync(db => db.Complaints.Where(c => c.ReceiptCode == probe).Select(c => c.CaseId).SingleAsync()));
        Assert.Null(seen.CaseNumber);
        Assert.Equal("Received", seen.Status);
        Assert.DoesNotContain(number, seen.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("PreliminaryInquiry", seen.Body, StringComparison.Ordinal);
        var page = await http.GetStringAsync(new Uri($"/status?code={Uri.EscapeDataString(probe)}", UriKind.Relative));
        Assert.DoesNotContain(number, page, StringComparison.Ordinal);
        Assert.DoesNotContain("PreliminaryInquiry", page, StringComparison.Ordinal);

        // The original reporter still sees their case and its stage.
        var own = await http.ReceiptAsync(original);
        Assert.Equal((number, "PreliminaryInquiry"), (own.CaseNumber, own.Status));

        // What staff do after the retelling arrived is the retold reporter's news too: their report was concluded.
        await MoveAsync("Concluded", "unsubstantiated");
        var concluded = await http.ReceiptAsync(probe);
        Assert.Equal(("Concluded", (string?)null), (concluded.Status, concluded.CaseNumber));
        Assert.DoesNotContain(number, concluded.Body, StringComparison.Ordinal);
    }
}
