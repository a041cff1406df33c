using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

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

    /// <param name="quorum">Creates the host as deploy/rabbitmq/quorum-vhost.sh does: durable queues default to quorum.</param>
    public static async Task<RabbitMqVirtualHost> CreateAsync(bool quorum = false)
    {
        var vhost = new RabbitMqVirtualHost("hub-test-" + Guid.NewGuid().ToString("N")[..12]);
        using var definition = quorum
            ? new StringContent("""{"defaultqueuetype":"quorum","default_queue_type":"quorum"}""", Encoding.UTF8, "application/json")
            : null;
        (await vhost.management.PutAsync($"api/vhosts/{vhost.Name}", definition)).EnsureSuccessStatusCode();
        (await vhost.management.PutAsync($"api/permissions/{vhost.Name}/guest",
            new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        return vhost;
    }

    /// <summary>Each queue's name and type (classic, quorum) as the broker reports them.</summary>
    public async Task<Dictionary<string, string>> QueueTypesAsync()
    {
        var queues = await management.GetFromJsonAsync<List<QueueType>>($"api/queues/{Name}?columns=name,type") ?? [];
        return queues.ToDictionary(q => q.Name, q => q.Type);
    }

    sealed record QueueType([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("type")] string Type);

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
