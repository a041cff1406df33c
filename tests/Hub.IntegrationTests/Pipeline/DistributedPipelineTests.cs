using System.Text.Json;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Pipeline;

/// <summary>Production shape: the four services as separate processes on real RabbitMQ and PostgreSQL.</summary>
public sealed class DistributedPipelineTests
{
    [Fact]
    public async Task A_complaint_crosses_four_processes_into_one_case_and_the_published_statistics()
    {
        using var directory = new TempDirectory();
        await using var database = await PostgresDatabase.CreateAsync();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        var settings = HubSettings.Embedded(directory).Postgres(database).With(vhost.HubSettings());

        // Case store first: it migrates the database the others share.
        await using var caseStore = await HubProcess.StartServiceAsync("casestore", settings, directory.Path);
        await using var normalizer = await HubProcess.StartServiceAsync("normalizer", settings, directory.Path);
        await using var publisher = await HubProcess.StartServiceAsync("publisher", settings, directory.Path);
        await using var ingestion = await HubProcess.StartServiceAsync("ingestion", settings, directory.Path);
        using var form = new HttpClient { BaseAddress = ingestion.BaseAddress };
        using var staff = new HttpClient { BaseAddress = caseStore.BaseAddress };

        var receipt = await form.FileComplaintAsync(new { text = "พนักงานเขตเรียกเงินค่าอนุมัติใบอนุญาตก่อสร้าง", anonymous = true });
        var filed = await staff.CaseFiledAsync(receipt, TimeSpan.FromSeconds(60));
        Assert.NotNull(filed.CaseNumber);

        var (exitCode, output) = await HubProcess.RunVerbAsync(["publish", "now"], settings, directory.Path);
        Assert.True(exitCode == 0, output);
        var stats = JsonDocument.Parse(await File.ReadAllTextAsync(directory["public/stats.json"])).RootElement;
        Assert.Equal(1, stats.GetProperty("totals").GetProperty("received").GetInt32());

        var (exportCode, export) = await HubProcess.RunVerbAsync(["cases", "export", "--format", "jsonl"], settings, directory.Path);
        Assert.Equal(0, exportCode);
        var line = Assert.Single(export.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith('{'));
        Assert.Equal(filed.CaseNumber, JsonDocument.Parse(line).RootElement.GetProperty("number").GetString());
    }
}
