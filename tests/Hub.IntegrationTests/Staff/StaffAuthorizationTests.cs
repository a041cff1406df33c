using System.Net;
using Hub.CaseStore.Accounts;

namespace Hub.IntegrationTests.Staff;

/// <summary>Every role against every staff page and endpoint, including a case of another unit.</summary>
public class StaffAuthorizationTests
{
    const string Ok = "200", Forbidden = "403", ToLogin = "login";

    [Fact]
    public async Task Every_role_reaches_exactly_its_pages()
    {
        await using var staff = await StaffHub.StartAsync();
        var own = await staff.FileCaseAsync("เรียกรับเงินใต้โต๊ะ เขตหนึ่ง", "U1");
        var other = await staff.FileCaseAsync("เรียกรับเงินใต้โต๊ะ เขตสอง", "U2");
        string[] gets = ["/staff", $"/staff/cases/{own}", $"/staff/cases/{other}", "/staff/audit", "/staff/operations", "/staff/accounts", "/staff/reports/monthly?month=2026-01&format=csv"];
        var expected = new Dictionary<string, string[]>
        {
            ["anonymous"] = [ToLogin, ToLogin, ToLogin, ToLogin, ToLogin, ToLogin, ToLogin],
            [StaffRoles.Center] = [Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Ok],
            [StaffRoles.Discipline] = [Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Ok],
            [StaffRoles.UnitOfficer] = [Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
            [StaffRoles.UnitHead] = [Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Ok],
            [StaffRoles.Auditor] = [Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden],
            [StaffRoles.Operator] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden],
            [StaffRoles.Administrator] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden],
        };
        var posts = new[] { $"/staff/cases/{other}/transition", $"/staff/cases/{other}/notes", $"/staff/cases/{other}/reveal-requests" };
        var failures = new List<string>();
        foreach (var (role, outcomes) in expected)
        {
            using var client = new StaffClient(staff.Hub);
            if (role != "anonymous")
            {
                var email = await StaffClient.CreateUserAsync(staff.Hub, role, StaffRoles.IsUnitScoped(role) ? "U1" : null);
                Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
            }

            for (var i = 0; i < gets.Length; i++)
            {
                var outcome = Outcome(await client.GetAsync(gets[i]));
                if (outcome != outcomes[i])
                {
                    failures.Add($"{role} GET {gets[i]}: {outcome}, expected {outcomes[i]}");
                }
            }

            // Nobody but the centre and discipline may change another unit's case; the centre alone may ask for an identity.
            foreach (var post in posts)
            {
                var allowed = role is StaffRoles.Center || (role is StaffRoles.Discipline && !post.EndsWith("reveal-requests", StringComparison.Ordinal));
                var outcome = Outcome(await client.PostFormAsync(post, new() { ["to"] = "Screened", ["outcome"] = "bogus", ["text"] = "x" }));
                if (allowed ? outcome is ToLogin or Forbidden : outcome is not (ToLogin or Forbidden))
                {
                    failures.Add($"{role} POST {post}: {outcome}");
                }
            }
        }

        Assert.Empty(failures);
    }

    static string Outcome(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/staff/login", StringComparison.Ordinal) ? ToLogin
        : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
