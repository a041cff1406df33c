using System.Net;
using Hub.CaseStore.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Hub.IntegrationTests.Staff;

public class AccountTests
{
    [Fact]
    public async Task Import_refuses_a_third_reporting_officer_for_a_unit_and_creates_nothing_from_that_file()
    {
        await using var staff = await StaffHub.StartAsync();
        const string first = """
            unit,name,position,email,phone,role
            U1,สมศรี,นักวิชาการ,a@bangkok.go.th,020000001,unit-officer
            U1,สมหญิง,นักวิชาการ,b@bangkok.go.th,020000002,unit-officer
            U1,สมปอง,ผู้อำนวยการเขต,head@bangkok.go.th,020000003,unit-head
            """;
        const string second = """
            unit,name,position,email,phone,role
            U2,มานี,นักวิชาการ,c@bangkok.go.th,020000004,unit-officer
            U1,มานะ,นักวิชาการ,d@bangkok.go.th,020000005,unit-officer
            """;

        var created = await ImportAsync(staff, first);
        var refused = await ImportAsync(staff, second);

        Assert.Equal(3, created.Created.Count);
        Assert.Empty(created.Errors);
        Assert.All(created.Created, a => Assert.Matches("^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$", a.InitialPassword));
        Assert.Empty(refused.Created);
        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("line 3: unit U1 already has 2", error, StringComparison.Ordinal);
        Assert.Equal(3, await staff.Hub.WithDbAsync(db => db.Users.CountAsync()));
        var letters = SealedLetters.Render(created.Created, DateTimeOffset.UtcNow);
        Assert.Contains(created.Created[0].InitialPassword, letters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_sign_in_must_change_the_initial_password_before_anything_else()
    {
        await using var staff = await StaffHub.StartAsync();
        var import = await ImportAsync(staff, "unit,name,position,email,phone,role\n,สมชาย,เจ้าหน้าที่,new@bangkok.go.th,,center\n");
        var account = Assert.Single(import.Created);
        using var client = new StaffClient(staff.Hub);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("new@bangkok.go.th", account.InitialPassword)).StatusCode);
        var blocked = await client.GetAsync("/staff");
        var weak = await client.PostFormAsync("/staff/password", new() { ["current"] = account.InitialPassword, ["new"] = "short" }, "/staff/password");
        var same = await client.PostFormAsync("/staff/password", new() { ["current"] = account.InitialPassword, ["new"] = account.InitialPassword }, "/staff/password");
        var stillBlocked = await client.GetAsync("/staff");
        var changed = await client.PostFormAsync("/staff/password", new() { ["current"] = account.InitialPassword, ["new"] = "Another-Good-Pass-7" }, "/staff/password");
        var inbox = await client.GetAsync("/staff");

        Assert.Equal("/staff/password", blocked.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("errors", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The letter's password "changed" to itself is refused, and the account stays held at the change page.
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Contains("ต้องไม่ซ้ำกับรหัสผ่านเดิม", await same.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/staff/password", stillBlocked.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    [Fact]
    public async Task With_two_factor_enabled_the_password_alone_does_not_sign_in()
    {
        await using var staff = await StaffHub.StartAsync();
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Discipline);
        using var client = new StaffClient(staff.Hub);
        await client.SignInAsync(email);
        var setup = await (await client.GetAsync("/staff/2fa")).Content.ReadAsStringAsync();
        var key = System.Text.RegularExpressions.Regex.Match(setup, "<code id=\"key\">([A-Z2-7]+)</code>").Groups[1].Value;
        string Code() => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/staff/2fa", new() { ["code"] = Code() }, "/staff/2fa")).StatusCode);
        // Issue #18: after enabling, the page no longer shows the key.
        var enabledPage = await (await client.GetAsync("/staff/2fa")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(key, enabledPage, StringComparison.Ordinal);
        Assert.Contains("enabled", enabledPage, StringComparison.Ordinal);
        await client.PostFormAsync("/staff/logout", [], "/staff/2fa");

        using var fresh = new StaffClient(staff.Hub);
        var password = await fresh.SignInAsync(email);
        var beforeCode = await fresh.GetAsync("/staff");
        var wrong = await fresh.PostFormAsync("/staff/login/code", new() { ["code"] = "000000" }, "/staff/login/code");
        var right = await fresh.PostFormAsync("/staff/login/code", new() { ["code"] = Code() }, "/staff/login/code");
        var after = await fresh.GetAsync("/staff");

        Assert.Equal("/staff/login/code", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        await using var staff = await StaffHub.StartAsync();
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        using var client = new StaffClient(staff.Hub);
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(email, "Wrong-Password-99");
        }

        var locked = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    static async Task<ImportResult> ImportAsync(StaffHub staff, string csv)
    {
        await using var scope = staff.Hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StaffImport>().ImportAsync(new StringReader(csv), CancellationToken.None);
    }
}
