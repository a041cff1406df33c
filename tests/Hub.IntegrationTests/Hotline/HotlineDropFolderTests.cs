using System.Text;
using Hub.Ingestion.Hotline;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Hotline;

public sealed class HotlineDropFolderTests : IAsyncLifetime
{
    readonly TempDirectory directory = new();
    EmbeddedHub hub = null!;
    HotlineDropFolder folder = null!;

    string Inbox => directory["hotline"];

    public async Task InitializeAsync()
    {
        // The background scan waits an hour before each pass, so the test drives every scan itself.
        hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(new Dictionary<string, string?>
        {
            ["Hub:Hotline:DropDirectory"] = Inbox,
            ["Hub:Hotline:ScanInterval"] = "01:00:00",
        }));
        folder = hub.Services.GetRequiredService<HotlineDropFolder>();
    }

    public async Task DisposeAsync()
    {
        await hub.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task Each_file_is_taken_once_when_stable_and_bad_files_go_to_failed_with_their_reason()
    {
        Directory.CreateDirectory(Inbox);
        await File.WriteAllTextAsync(Path.Combine(Inbox, "call-a.json"), HotlineFixtures.Json("A-1", "เทศกิจเรียกรับเงินจากแม่ค้าทุกวัน"));
        await File.WriteAllTextAsync(Path.Combine(Inbox, "broken.json"), "{\"call_id\": \"B-1\", \"turns\": [");
        await File.WriteAllTextAsync(Path.Combine(Inbox, "calls.csv"), HotlineFixtures.Csv);
        await File.WriteAllTextAsync(Path.Combine(Inbox, "pending.json.tmp"), "{ half");

        Assert.Equal(0, await folder.ScanOnceAsync(CancellationToken.None)); // first sight: sizes recorded, nothing read
        Assert.Equal(3, await folder.ScanOnceAsync(CancellationToken.None));

        Assert.True(File.Exists(Path.Combine(Inbox, "processed", "call-a.json")));
        Assert.True(File.Exists(Path.Combine(Inbox, "pending.json.tmp")));
        var brokenReason = await File.ReadAllTextAsync(Path.Combine(Inbox, "failed", "broken.json.reason.txt"));
        Assert.Contains("Malformed JSON at line 1", brokenReason, StringComparison.Ordinal);
        var csvReason = await File.ReadAllTextAsync(Path.Combine(Inbox, "failed", "calls.csv.reason.txt"));
        Assert.Contains("record 3 (call CSV-2): started_at", csvReason, StringComparison.Ordinal);

        var channelIds = await hub.WithDbAsync(db => db.Receipts.Select(r => r.ChannelMessageId).OrderBy(id => id).ToListAsync());
        Assert.Equal(["A-1", "CSV-1"], channelIds);
        var issues = await hub.WithDbAsync(db => db.IntakeIssues.Where(i => i.Channel == "hotline").ToListAsync());
        Assert.Contains(issues, i => i.Source == "broken.json");
        Assert.Contains(issues, i => i.Source == "calls.csv" && i.Reason.Contains("started_at", StringComparison.Ordinal));

        // the same call dropped again is recorded as a duplicate, not a second complaint
        await File.WriteAllTextAsync(Path.Combine(Inbox, "call-a-again.json"), HotlineFixtures.Json("A-1", "เทศกิจเรียกรับเงินจากแม่ค้าทุกวัน"));
        await folder.ScanOnceAsync(CancellationToken.None);
        await folder.ScanOnceAsync(CancellationToken.None);
        Assert.Equal(2, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
        Assert.Equal(1, await hub.WithDbAsync(db => db.IntakeIssues.CountAsync(i => i.Source == "call-a-again.json" && i.Reason.Contains("Duplicate"))));
    }

    [Fact]
    public async Task A_file_still_being_written_is_not_read_until_it_stops_changing()
    {
        Directory.CreateDirectory(Inbox);
        var path = Path.Combine(Inbox, "slow.json");
        var whole = Encoding.UTF8.GetBytes(HotlineFixtures.Json("SLOW-1", "ผู้อำนวยการเขตรับเงินจากผู้รับเหมา"));
        await using (var writer = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read))
        {
            await writer.WriteAsync(whole.AsMemory(0, whole.Length / 2));
            await writer.FlushAsync();
            Assert.Equal(0, await folder.ScanOnceAsync(CancellationToken.None));
            await writer.WriteAsync(whole.AsMemory(whole.Length / 2));
            await writer.FlushAsync();
            Assert.Equal(0, await folder.ScanOnceAsync(CancellationToken.None)); // grew since the last scan
        }

        Assert.Equal(1, await folder.ScanOnceAsync(CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(Inbox, "processed", "slow.json")));
        Assert.Equal(0, await hub.WithDbAsync(db => db.IntakeIssues.CountAsync()));
        Assert.Equal("SLOW-1", await hub.WithDbAsync(db => db.Receipts.Select(r => r.ChannelMessageId).SingleAsync()));
    }
}
