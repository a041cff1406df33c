using System.Net;
using System.Text.RegularExpressions;
using Hub.Cli;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Staff;

/// <summary><c>hub users import --invite</c> (issue #7 "Accounts"): the one-time password by e-mail through the real Postfix.</summary>
public partial class InvitationTests
{
    [Fact]
    public async Task An_invited_officer_reads_the_password_from_the_mailbox_and_must_change_it_at_first_sign_in()
    {
        await using var staff = await StaffHub.StartAsync();
        using var files = new TempDirectory();
        var address = TestMailServer.NewUser("invitee");
        await File.WriteAllTextAsync(files["units.csv"], $"unit,name,position,email,phone,role\nU9,สมหญิง รักดี,นักวิชาการ,{address},021234567,unit-officer\n");
        var letters = files["letters.html"];
        string[] args =
        [
            staff.DatabaseArgument,
            "--Hub:Staff:Mail:Host=" + TestServices.Smtp.Host,
            "--Hub:Staff:Mail:Port=" + TestServices.Smtp.Port,
            "--Hub:Staff:Mail:Security=None",
        ];

        Assert.Equal(0, await StaffVerbs.ImportAsync(new HubCommand.ImportUsers(files["units.csv"], letters, args, Invite: true)));
        Assert.False(File.Exists(letters), "an invited account needs no sealed letter");

        var mail = await Eventually.Get(() => TestMailServer.ReadAllAsync(address), m => m.Count >= 1, because: "the invitation is delivered");
        var password = PasswordLine().Match(mail[0].TextBody ?? "");
        Assert.True(password.Success, "the invitation carries the one-time password");
        Assert.Contains("สมหญิง", mail[0].TextBody, StringComparison.Ordinal);

        using var client = new StaffClient(staff.Hub);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(address, password.Groups[1].Value)).StatusCode);
        Assert.Equal("/staff/password", (await client.GetAsync("/staff")).Headers.Location?.OriginalString);
    }

    [GeneratedRegex(@"One-time password: (\S+)")]
    private static partial Regex PasswordLine();
}
