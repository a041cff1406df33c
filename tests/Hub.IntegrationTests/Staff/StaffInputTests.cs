using System.Net;
using Hub.CaseStore.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Staff;

/// <summary>Issue #18: staff inputs an attacker would bend — a report month out of range, a text search — answered and recorded properly.</summary>
public class StaffInputTests
{
    [Theory]
    [InlineData("9999-12")]
    [InlineData("0001-01")]
    [InlineData("2026-13")]
    public async Task An_out_of_range_report_month_is_a_400_with_a_message_not_a_500(string month)
    {
        await using var staff = await StaffHub.StartAsync();
        using var client = new StaffClient(staff.Hub);
        await client.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        using var response = await client.GetAsync($"/staff/reports/monthly?month={month}&format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("yyyy-MM", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inbox_search_of_complaint_text_is_on_the_audit_chain()
    {
        await using var staff = await StaffHub.StartAsync();
        using var client = new StaffClient(staff.Hub);
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff?q=0812345678")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        var searches = await staff.Hub.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "case.search").ToListAsync());
        var entry = Assert.Single(searches);
        Assert.Equal((email, "q: 0812345678"), (entry.Actor, entry.Detail));
    }
}
