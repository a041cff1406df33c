using System.Diagnostics;
using System.Net;
using Hub.CaseStore.Accounts;
using Hub.Ingestion.Officer;

namespace Hub.IntegrationTests.Staff;

/// <summary>
/// Issue #18: officer entry and staff sign-in lock an id after repeated failures, throttle one address, and answer an
/// unknown id as slowly and in the same words as a known one. Tried as an outsider guessing ids and passwords.
/// </summary>
public class SignInHardeningTests
{
    const string OfficerId = "bangrak.officer";

    static Dictionary<string, string?> Officer(int permitsPerWindow = 100_000) => new()
    {
        ["Hub:Officers:Accounts:0:Id"] = OfficerId,
        ["Hub:Officers:Accounts:0:UnitCode"] = "D1004",
        ["Hub:Officers:Accounts:0:PasswordHash"] = OfficerPassword.Hash(StaffClient.Password),
        ["Hub:SignIn:PermitsPerWindow"] = permitsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    static Task<HttpResponseMessage> OfficerSignInAsync(StaffClient client, string id, string password) =>
        client.PostFormAsync("/officer/login", new() { ["officer_id"] = id, ["password"] = password }, formPage: "/officer/login");

    [Fact]
    public async Task Five_wrong_officer_passwords_lock_the_id_even_against_the_right_password_and_an_unknown_id_locks_alike()
    {
        await using var staff = await StaffHub.StartAsync(Officer());
        using var client = new StaffClient(staff.Hub);
        var answers = new Dictionary<string, List<string>>();
        foreach (var id in new[] { OfficerId, "no.such.officer" })
        {
            answers[id] = [];
            for (var i = 0; i < 5; i++)
            {
                var wrong = await OfficerSignInAsync(client, id, "Wrong-Password-99");
                Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
                answers[id].Add(Alert(await wrong.Content.ReadAsStringAsync()));
            }
        }

        var right = await OfficerSignInAsync(client, OfficerId, StaffClient.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/officer/complaints/new")).StatusCode);
        // The known and the unknown id got word-for-word the same answers at every step, the fifth one "locked".
        Assert.Equal(answers[OfficerId], answers["no.such.officer"]);
        Assert.Contains("locked", answers[OfficerId][^1], StringComparison.Ordinal);
        Assert.DoesNotContain("locked", answers[OfficerId][^2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_address_trying_many_officer_ids_is_throttled()
    {
        await using var staff = await StaffHub.StartAsync(Officer(permitsPerWindow: 4));
        using var client = new StaffClient(staff.Hub);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await OfficerSignInAsync(client, $"guess-{i}", "Spray-Password-1")).StatusCode);
        }

        var fifth = await OfficerSignInAsync(client, OfficerId, StaffClient.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Contains("มากเกินไป", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_officer_id_takes_as_long_as_a_wrong_password()
    {
        await using var staff = await StaffHub.StartAsync(Officer());
        using var client = new StaffClient(staff.Hub);
        var (known, unknown) = await MedianTimesAsync(
            i => OfficerSignInAsync(client, OfficerId, $"Wrong-{i}"),
            i => OfficerSignInAsync(client, $"nobody-{i}", $"Wrong-{i}"));
        Assert.True(unknown >= known * 0.5, $"unknown id answered in {unknown} ms, a known id in {known} ms");
    }

    [Fact]
    public async Task An_unknown_staff_email_takes_as_long_and_locks_in_the_same_words_as_an_account()
    {
        await using var staff = await StaffHub.StartAsync();
        var email = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        using var client = new StaffClient(staff.Hub);
        var (known, unknown) = await MedianTimesAsync(
            i => client.SignInAsync(email, $"Wrong-Password-{i}"),
            i => client.SignInAsync($"nobody-{i}@bangkok.go.th", $"Wrong-Password-{i}"));
        Assert.True(unknown >= known * 0.5, $"unknown e-mail answered in {unknown} ms, an account in {known} ms");

        var other = await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center);
        var answers = new Dictionary<string, List<string>>();
        foreach (var who in new[] { other, "nobody@bangkok.go.th" })
        {
            answers[who] = [];
            for (var i = 0; i < 6; i++)
            {
                answers[who].Add(Alert(await (await client.SignInAsync(who, "Wrong-Password-99")).Content.ReadAsStringAsync()));
            }
        }

        Assert.Equal(answers[other], answers["nobody@bangkok.go.th"]);
        Assert.Contains("locked", answers[other][^1], StringComparison.Ordinal);
    }

    /// <summary>Median milliseconds of each kind of attempt, interleaved after a warm-up so machine load hits both alike.</summary>
    static async Task<(double Known, double Unknown)> MedianTimesAsync(Func<int, Task<HttpResponseMessage>> known, Func<int, Task<HttpResponseMessage>> unknown)
    {
        await known(-1);
        await unknown(-1);
        var k = new List<double>();
        var u = new List<double>();
        // Three known attempts stay below the lockout, so every known attempt checks the password for real.
        for (var i = 0; i < 3; i++)
        {
            k.Add(await TimeAsync(() => known(i)));
            u.Add(await TimeAsync(() => unknown(i)));
        }

        return (k.Order().ElementAt(1), u.Order().ElementAt(1));
    }

    static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> attempt)
    {
        var watch = Stopwatch.StartNew();
        using var response = await attempt();
        return watch.Elapsed.TotalMilliseconds;
    }

    static string Alert(string html)
    {
        var start = html.IndexOf("class=\"errors\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</", start, StringComparison.Ordinal)];
    }
}
