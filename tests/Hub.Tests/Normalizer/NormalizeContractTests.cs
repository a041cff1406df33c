using Hub.Cli;
using Hub.Contracts.Complaints;
using Hub.Normalizer.Evaluation;
using Hub.Normalizer.Intake;

namespace Hub.Tests.Normalizer;

public class NormalizeContractTests
{
    [Fact]
    public void Normalize_and_bench_verbs_parse()
    {
        var normalize = Assert.IsType<HubCommand.Normalize>(HubCommand.Parse(["normalize", "--in", "c.jsonl", "--out", "r.jsonl"]));
        Assert.Equal(("c.jsonl", "r.jsonl"), (normalize.In, normalize.Out));
        Assert.Equal("dev", Assert.IsType<HubCommand.Normalize>(HubCommand.Parse(["normalize", "--eval", "dev"])).EvalFolder);
        Assert.Equal(1000, Assert.IsType<HubCommand.BenchDedup>(HubCommand.Parse(["bench", "dedup", "--count", "1000"])).Count);
        Assert.IsType<HubCommand.Usage>(HubCommand.Parse(["normalize"]));
    }

    [Fact]
    public void Offline_results_follow_the_evaluation_contract()
    {
        var at = DateTimeOffset.Parse("2025-02-07T18:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);
        var complaints = new[]
        {
            new ComplaintLine("x-1", "line", at, null, "เทศกิจมาเก็บเงินแม่ค้าหน้าตลาดห้วยขวางทุกศุกร์ แผงละ 300 โทร 0812345678", null, null),
            new ComplaintLine("x-2", "traffy", at.AddDays(1), null, "เทศกิจเก็บเงินแม่ค้าหน้าตลาดห้วยขวางทุกวันศุกร์ แผงละ300 ไม่มีใบเสร็จ", null, new LocationLine("ห้วยขวาง", 13.7, 100.5)),
        };
        var results = OfflineNormalizer.Normalize(complaints).ToList();
        Assert.Equal(["x-1", "x-2"], results.Select(r => r.Id));
        Assert.Equal(results[0].Case, results[1].Case);
        Assert.All(results, r => Assert.Equal(("BRIBERY", true, "D1017"), (r.Category, r.IsCorruption, r.Unit)));
        Assert.Equal(["0812345678"], results[0].Pii);
    }

    [Fact]
    public void The_live_normalizer_fills_the_new_contract_fields()
    {
        var normalized = ComplaintNormalizing.Normalize(new ComplaintReceived
        {
            ComplaintId = Guid.NewGuid(),
            ReceiptCode = "R-1",
            Channel = "webform",
            ChannelMessageId = "m-1",
            ReceivedAtUtc = DateTimeOffset.UtcNow,
            Subject = "เทศกิจเรียกเก็บเงินผู้ค้า",
            Text = "เทศกิจเก็บเงินแม่ค้าหน้าตลาดห้วยขวางแผงละ 300 คนนึงชื่อเอกชัย",
            Reporter = ReporterReference.AnonymousReporter,
        });
        Assert.Equal(("BRIBERY", "D1017"), (normalized.Category, normalized.UnitCode));
        Assert.Contains("[NAME]", normalized.RedactedText, StringComparison.Ordinal);
        Assert.DoesNotContain("เอกชัย", normalized.RedactedText, StringComparison.Ordinal);
        Assert.Equal(64, normalized.DedupSignature.Count);
        Assert.Contains("place:ตลาดห้วยขวาง", normalized.DedupEntityKeys);
    }
}
