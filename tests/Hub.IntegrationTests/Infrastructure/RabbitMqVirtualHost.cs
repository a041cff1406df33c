using System.Net.Http.Headers;
using System.Text;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>A private RabbitMQ virtual host for one test, so parallel tests never share queues. Deleted afterwards.</summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    readonly HttpClient management;

    RabbitMqVirtualHost(string name)
    {
        Name = name;
        management = new HttpClient { BaseAddress = TestServices.RabbitMqManagement };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
    }

    public string Name { get; }

    public HttpClient Management => management;

    public static async Task<RabbitMqVirtualHost> CreateAsync()
    {
        var vhost = new RabbitMqVirtualHost("hub-test-" + Guid.NewGuid().ToString("N")[..12]);
        (await vhost.management.PutAsync($"api/vhosts/{vhost.Name}", null)).EnsureSuccessStatusCode();
        (await vhost.management.PutAsync($"api/permissions/{vhost.Name}/guest",
            new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        return vhost;
    }

    /// <summary>Configuration that points Hub at this virtual host, optionally through another port (a proxy).</summary>
    public Dictionary<string, string?> HubSettings(int? port = null) => new()
    {
        ["Hub:Transport:Kind"] = "RabbitMq",
        ["Hub:Transport:RabbitMq:Host"] = TestServices.RabbitMq.Host,
        ["Hub:Transport:RabbitMq:Port"] = (port ?? TestServices.RabbitMq.Port).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hub:Transport:RabbitMq:VirtualHost"] = Name,
        ["Hub:Operations:RabbitMqManagementUrl"] = TestServices.RabbitMqManagement.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        await management.DeleteAsync($"api/vhosts/{Name}");
        management.Dispose();
    }
}
