using System.Net.Http.Json;
using System.Text.Json;
using Hub.CaseStore.Accounts;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Staff;
using Hub.Messaging;
using Hub.Operations.Console;

namespace Hub.IntegrationTests.Operations;

/// <summary>The console reads faulted messages of every error queue over one broker connection, kept across refreshes.</summary>
public sealed class ConsoleConnectionTests
{
    static readonly string[] WorkQueues = ["alpha", "bravo", "charlie"];

    [Fact]
    public async Task Refreshing_the_console_over_several_error_queues_keeps_one_broker_connection()
    {
        using var directory = new TempDirectory();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        var broker = new RabbitMqSettings { Host = TestServices.RabbitMq.Host, Port = TestServices.RabbitMq.Port, VirtualHost = vhost.Name };
        await using (var raw = await RawBroker.ConnectAsync(broker))
        {
            foreach (var queue in WorkQueues)
            {
                await raw.DeclareAsync(queue, queue + "_error");
                await raw.PublishAsync(queue + "_error", queue + "-1", "MT-Fault-ExceptionType", "System.TimeoutException");
                await raw.PublishAsync(queue + "_error", queue + "-2", "MT-Fault-ExceptionType", "System.TimeoutException");
            }
        }

        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(vhost.HubSettings()));
        using var console = new StaffClient(hub);
        await console.SignInAsync(await StaffClient.CreateUserAsync(hub, StaffRoles.Operator));
        // The bus's own connection; the test's publishing connection is gone.
        var before = await Eventually.Get(() => ConnectionsAsync(vhost), c => c.Count == 1, TimeSpan.FromSeconds(30), "the bus to connect");

        // The console picks error queues by the management API's depth, which trails a fresh publish by seconds.
        await Eventually.Get(() => PageAsync(console), page => WorkQueues.All(q => page.Contains(q + "-2", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30), "the console to list every faulted message");
        await RefreshAsync(console, 3);
        var during = await Eventually.Get(() => ConnectionsAsync(vhost), c => c.Count == before.Count + 1, TimeSpan.FromSeconds(10), "the console's connection");
        await RefreshAsync(console, 3);

        Assert.Equal(during.Order(), (await ConnectionsAsync(vhost)).Order());
    }

    /// <summary>Each refresh must list every faulted message by id, so it really read each error queue.</summary>
    static async Task RefreshAsync(StaffClient console, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var page = await PageAsync(console);
            Assert.All(WorkQueues, q => Assert.Contains(q + "-2", page, StringComparison.Ordinal));
        }
    }

    static async Task<string> PageAsync(StaffClient console) =>
        await (await console.GetAsync(ConsolePage.Path)).Content.ReadAsStringAsync();

    /// <summary>Connection tracking (disable_stats) is current at once; the statistics views lag by seconds.</summary>
    static async Task<List<string>> ConnectionsAsync(RabbitMqVirtualHost vhost)
    {
        var all = await vhost.Management.GetFromJsonAsync<List<JsonElement>>("api/connections?disable_stats=true") ?? [];
        return all.Where(c => c.GetProperty("vhost").GetString() == vhost.Name).Select(c => c.GetProperty("name").GetString()!).ToList();
    }
}
