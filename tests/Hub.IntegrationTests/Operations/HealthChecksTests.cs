using System.Net;
using System.Text.Json;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Operations;

public sealed class HealthChecksTests
{
    [Fact]
    public async Task Readiness_reports_each_dependency_as_json_and_an_unreachable_mailbox_makes_hub_unready_without_its_credentials()
    {
        using var directory = new TempDirectory();
        var settings = HubSettings.Embedded(directory).With(TestMailServer.EmailSettings("secret-user@hub.test", directory, imapPort: HubSettings.FreePort()));
        await using var hub = await EmbeddedHub.StartAsync(settings);

        var (status, body) = await Eventually.Get(async () =>
        {
            using var response = await hub.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }, r => r.StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60), "three failed connections to make the mailbox unhealthy");

        var checks = JsonDocument.Parse(body).RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        var mailbox = checks.GetProperty("email:complaints");
        Assert.Equal("Unhealthy", mailbox.GetProperty("status").GetString());
        Assert.Equal("failing", mailbox.GetProperty("data").GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(mailbox.GetProperty("data").GetProperty("lastErrorType").GetString()));
        Assert.DoesNotContain("secret-user", body, StringComparison.Ordinal);
        Assert.DoesNotContain(TestMailServer.Password + "\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
    }
}
