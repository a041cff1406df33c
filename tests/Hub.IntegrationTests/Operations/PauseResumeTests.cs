using System.Net;
using Hub.CaseStore.Accounts;
using Hub.Ingestion.Channels.Adapters;
using Hub.Ingestion.Hotline;
using Hub.IntegrationTests.Hotline;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Staff;
using Hub.Operations.Console;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Operations;

/// <summary>A paused adapter takes nothing from its source, stays paused across a restart, and takes everything once resumed.</summary>
public sealed class PauseResumeTests
{
    const string Adapter = HotlineDropFolderService.Adapter;

    [Fact]
    public async Task Calls_dropped_while_the_folder_is_paused_wait_through_a_restart_and_all_become_cases_after_resume()
    {
        using var directory = new TempDirectory();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        var inbox = directory["hotline"];
        Directory.CreateDirectory(inbox);
        var settings = HubSettings.Embedded(directory).With(vhost.HubSettings()).With(new Dictionary<string, string?>
        {
            ["Hub:Hotline:DropDirectory"] = inbox,
            ["Hub:Hotline:ScanInterval"] = "00:00:00.200",
        });

        await using (var hub = await EmbeddedHub.StartAsync(settings))
        {
            using var console = new StaffClient(hub);
            await console.SignInAsync(await StaffClient.CreateUserAsync(hub, StaffRoles.Operator));
            var paused = await console.PostFormAsync(ConsolePage.Path + "/adapters/pause", new() { ["adapter"] = Adapter }, formPage: ConsolePage.Path);
            Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
            await HoldingAsync(hub);

            // The scan loop is parked at the gate, so these files cannot be read until the adapter is resumed.
            for (var i = 1; i <= 3; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(inbox, $"call-{i}.json"), HotlineFixtures.Json($"P-{i}", $"เจ้าหน้าที่เขตเรียกเงินครั้งที่ {i}"));
            }

            Assert.Contains("หยุดชั่วคราว / paused", await (await console.GetAsync(ConsolePage.Path)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
        }

        await using (var hub = await EmbeddedHub.StartAsync(settings))
        {
            // The pause is stored: after the restart the folder is held before its first scan.
            await HoldingAsync(hub);
            Assert.Equal(3, Directory.GetFiles(inbox).Length);
            Assert.Equal(0, await hub.WithDbAsync(db => db.Receipts.CountAsync()));

            // As `hub adapters resume` does: the database only; the running host notices on its own.
            await hub.WithDbAsync(async db =>
            {
                await new AdapterPauses(db, TimeProvider.System).ResumeAsync(Adapter, CancellationToken.None);
                return 0;
            });

            var filed = await Eventually.Get(() => hub.WithDbAsync(db => db.Complaints.Where(c => c.CaseId != Guid.Empty).Select(c => c.ChannelMessageId).ToListAsync()),
                ids => ids.Count == 3, TimeSpan.FromSeconds(60), "all three calls to become cases");
            Assert.Equal(["P-1", "P-2", "P-3"], filed.Order());
            Assert.Empty(Directory.GetFiles(inbox));
            Assert.False(hub.Services.GetRequiredService<ChannelAdapterRegistry>().IsPaused(Adapter));
        }
    }

    static Task<AdapterState?> HoldingAsync(EmbeddedHub hub)
    {
        var registry = hub.Services.GetRequiredService<ChannelAdapterRegistry>();
        return Eventually.Get(() => Task.FromResult(registry.Of(Adapter)), s => s?.Holding == true, TimeSpan.FromSeconds(30), "the drop folder to hold at the pause gate");
    }
}
