using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Ingestion.Hotline;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Hotline;

public sealed class HotlineApiTests : IAsyncLifetime
{
    readonly TempDirectory directory = new();
    EmbeddedHub hub = null!;

    public async Task InitializeAsync() => hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(new Dictionary<string, string?>
    {
        ["Hub:Hotline:ApiKey"] = HotlineFixtures.ApiKey,
    }));

    public async Task DisposeAsync()
    {
        await hub.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task An_unconfirmed_call_is_filed_as_unconfirmed_and_its_caller_number_is_only_in_the_vault()
    {
        var body = HotlineFixtures.Json("API-1", "เจ้าหน้าที่เทศกิจเรียกเก็บเงินค่าคุ้มครองแม่ค้า", confirmed: false, caller: "0865550199");
        var (status, json) = await PostAsync(body, HotlineFixtures.ApiKey);
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.False(json.GetProperty("confirmed").GetBoolean());
        var receipt = json.GetProperty("receipt").GetString()!;

        var (again, second) = await PostAsync(body, HotlineFixtures.ApiKey);
        Assert.Equal(HttpStatusCode.Accepted, again);
        Assert.Equal(receipt, second.GetProperty("receipt").GetString());
        Assert.True(second.GetProperty("duplicate").GetBoolean());

        await hub.Http.CaseFiledAsync(receipt);
        var complaint = await hub.WithDbAsync(db => db.Complaints.SingleAsync());
        Assert.False(complaint.CallerConfirmed);
        Assert.Contains("unconfirmed", complaint.Subject, StringComparison.Ordinal);
        Assert.NotNull(complaint.ReporterIdentityId);
        var database = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(directory["hub.db"]))
            + (File.Exists(directory["hub.db-wal"]) ? Encoding.UTF8.GetString(await File.ReadAllBytesAsync(directory["hub.db-wal"])) : "");
        Assert.DoesNotContain("0865550199", database, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_key_nothing_is_taken_and_a_bad_transcript_names_its_fields()
    {
        var (unauthorised, _) = await PostAsync(HotlineFixtures.Json("API-2", "เรียกเงิน"), "wrong-key");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised);

        var (bad, problem) = await PostAsync("""{"call_id":"API-3","started_at":"2026-05-12 09:00","turns":[{"speaker":"robot","text":"x"}]}""", HotlineFixtures.ApiKey);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("started_at", out _));
        Assert.True(errors.TryGetProperty("operator_id", out _));
        Assert.True(errors.TryGetProperty("turns[0].speaker", out _));
        Assert.Equal(0, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
        Assert.Equal(1, await hub.WithDbAsync(db => db.IntakeIssues.CountAsync(i => i.Channel == "hotline")));
    }

    async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/channels/hotline/transcripts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(HotlineEndpoints.ApiKeyHeader, key);
        using var response = await hub.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
