using System.Text;
using Hub.IntegrationTests.Infrastructure;
using Hub.Publisher;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Publishing;

public sealed class PublishingTests
{
    static readonly string[] Planted = ["สมหญิง", "รักชาติ", "somying", "089-765-4321", "0897654321", "1-1037-00012-34-5", "1103700012345", "ซอยลับ 7", "นายวิชัย", "ใต้โต๊ะสามหมื่น"];

    static async Task<(EmbeddedHub Hub, List<string> Cases)> HubWithPlantedComplaintsAsync(TempDirectory directory, FakeCkan ckan)
    {
        var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(new Dictionary<string, string?>
        {
            ["Hub:Publisher:Ckan:Url"] = ckan.Url.ToString(),
            ["Hub:Publisher:Ckan:ApiToken"] = FakeCkan.Token,
            ["Hub:Publisher:Ckan:OwnerOrg"] = "bangkok",
            ["Hub:Publisher:Ckan:MaintainerEmail"] = "opendata@bangkok.go.th",
            ["Hub:Publisher:PushAttempts"] = "2",
            ["Hub:Publisher:PushRetryDelay"] = "00:00:00.010",
        }));
        var cases = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var receipt = await hub.Http.FileComplaintAsync(new
            {
                subject = "นายวิชัย เรียกเงินใต้โต๊ะสามหมื่น",
                text = $"นายวิชัย เจ้าหน้าที่เขต เรียกเงินใต้โต๊ะสามหมื่นที่ซอยลับ 7 ครั้งที่ {i} ติดต่อสมหญิง 089-765-4321 เลขบัตร 1-1037-00012-34-5",
                contact = new { name = "สมหญิง รักชาติ", email = "somying@example.com", phone = "0897654321" },
                location = new { district = "บางรัก" },
            });
            await hub.Http.CaseFiledAsync(receipt);
        }

        // Every case number, read from the database: a retelling's receipt no longer shows its case's number (issue #18).
        cases.AddRange(await hub.WithDbAsync(db => db.Cases.Select(c => c.Number).ToListAsync()));
        return (hub, cases);
    }

    static async Task PublishAsync(EmbeddedHub hub)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StatisticsPublisher>().PublishAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Ckan_gets_the_dataset_with_thai_metadata_and_a_failed_push_leaves_the_previous_resources()
    {
        using var directory = new TempDirectory();
        await using var ckan = await FakeCkan.StartAsync();
        var (hub, _) = await HubWithPlantedComplaintsAsync(directory, ckan);
        await using (hub)
        {
            await PublishAsync(hub);
            var dataset = ckan.Package("bma-corruption-complaint-statistics")!;
            Assert.Equal("ข้อมูลสถิติ", dataset["data_type"]!.GetValue<string>());
            Assert.Equal("ข้อมูลสาธารณะ", dataset["data_category"]!.GetValue<string>());
            Assert.Equal("เดือน", dataset["update_frequency_unit"]!.GetValue<string>());
            Assert.Equal("bangkok", dataset["owner_org"]!.GetValue<string>());
            var first = dataset["resources"]!.AsArray().Select(r => (Id: r!["id"]!.GetValue<string>(), Name: r["name"]!.GetValue<string>())).ToList();
            Assert.Contains(first, r => r.Name.StartsWith("FY25", StringComparison.Ordinal) && r.Name.EndsWith(".csv", StringComparison.Ordinal));
            Assert.DoesNotContain(first, r => r.Name.Contains("staging", StringComparison.Ordinal));
            var csv = Encoding.UTF8.GetString(ckan.Upload(first.First(r => r.Name.EndsWith(".csv", StringComparison.Ordinal)).Id));
            Assert.Contains("fiscal_year,month", csv, StringComparison.Ordinal);

            // The second resource upload of the next run fails on every attempt.
            ckan.ResetResourceCreates();
            ckan.FailResourceCreateFrom = 2;
            var failure = await Assert.ThrowsAsync<PublishFailedException>(() => PublishAsync(hub));
            Assert.Contains("ckan", failure.Message, StringComparison.Ordinal);
            var afterFailure = ckan.Package("bma-corruption-complaint-statistics")!["resources"]!.AsArray()
                .Select(r => (Id: r!["id"]!.GetValue<string>(), Name: r["name"]!.GetValue<string>())).ToList();
            Assert.Equal(first, afterFailure);
            Assert.Contains("resource_delete", ckan.Calls);

            var runs = await hub.WithDbAsync(db => db.PublishRuns.Where(r => r.Target == "ckan").OrderBy(r => r.StartedAtUtc).ToListAsync());
            Assert.Equal(["succeeded", "failed"], runs.Select(r => r.Outcome));
            Assert.Equal(2, runs[1].Attempts);
            Assert.Contains("resource_create", runs[1].ErrorType, StringComparison.Ordinal);
            Assert.NotNull(runs[1].FinishedAtUtc);

            ckan.FailResourceCreateFrom = null;
            await PublishAsync(hub);
            var replaced = ckan.Package("bma-corruption-complaint-statistics")!["resources"]!.AsArray()
                .Select(r => (Id: r!["id"]!.GetValue<string>(), Name: r["name"]!.GetValue<string>())).ToList();
            Assert.Equal(first.Select(r => r.Name), replaced.Select(r => r.Name));
            Assert.Empty(replaced.Select(r => r.Id).Intersect(first.Select(r => r.Id)));
        }
    }

    [Fact]
    public async Task The_published_site_and_open_data_hold_none_of_the_planted_personal_data()
    {
        using var directory = new TempDirectory();
        await using var ckan = await FakeCkan.StartAsync();
        var (hub, cases) = await HubWithPlantedComplaintsAsync(directory, ckan);
        await using (hub)
        {
            await PublishAsync(hub);
            var files = Directory.EnumerateFiles(directory["public"], "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".woff2", StringComparison.Ordinal) && !f.EndsWith("OFL.txt", StringComparison.Ordinal)).ToList();
            Assert.Contains(files, f => f.EndsWith("index.html", StringComparison.Ordinal));
            var resources = ckan.Package("bma-corruption-complaint-statistics")!["resources"]!.AsArray()
                .Select(r => Encoding.UTF8.GetString(ckan.Upload(r!["id"]!.GetValue<string>())));
            var published = files.Select(File.ReadAllText).Concat(resources).ToList();
            foreach (var secret in Planted.Concat(cases))
            {
                Assert.DoesNotContain(published, text => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
            }

            Assert.Contains(published, text => text.Contains("ไม่มีเรื่องร้องเรียน", StringComparison.Ordinal) || text.Contains("รับเรื่อง", StringComparison.Ordinal));
        }
    }
}
