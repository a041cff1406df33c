using System.Net.Http.Json;
using System.Text;
using Hub.Ingestion.Traffy;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Hotline;

/// <summary>1555 operators also enter calls into Traffy (#1555): the call and its ticket must be one case.</summary>
public sealed class SameCallTwiceTests
{
    [Fact]
    public async Task A_hotline_call_and_its_1555_traffy_ticket_become_one_case()
    {
        using var directory = new TempDirectory();
        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(new Dictionary<string, string?> { ["Hub:Hotline:ApiKey"] = HotlineFixtures.ApiKey }));

        var csv = directory["traffy.csv"];
        await File.WriteAllTextAsync(csv, """
            ticket_id,type,organization,comment,coords,timestamp,state,last_activity
            Q7ABCD,{ร้องเรียน},ร้องทุกข์ กทม. 1555,"ปัญหา : เจ้าหน้าที่เทศกิจเรียกเก็บเงินแม่ค้าหน้าตลาดวันละ 200 บาท
            เขต : บางรัก
            #1555","100.52,13.72",2026-05-12 02:20:00.123+00,รอรับเรื่อง,2026-05-12 02:20:00.123+00

            """, Encoding.UTF8);
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var summary = await scope.ServiceProvider.GetRequiredService<TraffyImporter>().ImportFileAsync(csv, TraffyTime.Bangkok, CancellationToken.None);
            Assert.Equal(1, summary.NewComplaints);
        }

        var traffyReceipt = await hub.WithDbAsync(db => db.Receipts.Select(r => r.Code).SingleAsync());
        var traffyCase = await hub.Http.CaseFiledAsync(traffyReceipt);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/channels/hotline/transcripts")
        {
            // different words from the same call: only the shared 1555 number ties them together
            Content = new StringContent(HotlineFixtures.Json("CALL-77", "มีเทศกิจมาเก็บเงินพ่อค้าแม่ค้าทุกเช้าค่ะ", reference: "Q7ABCD"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Hub-Api-Key", HotlineFixtures.ApiKey);
        using var response = await hub.Http.SendAsync(request);
        var hotlineReceipt = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["receipt"].ToString()!;
        var hotlineCase = await hub.Http.CaseFiledAsync(hotlineReceipt);

        // One case; the hotline call joined the Traffy ticket's case, so its receipt does not name it (issue #18).
        Assert.NotNull(traffyCase.CaseNumber);
        Assert.Null(hotlineCase.CaseNumber);
        Assert.Equal(1, await hub.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Equal("shared-reference", await hub.WithDbAsync(db => db.Complaints.Where(c => c.Channel == "hotline").Select(c => c.LinkReason).SingleAsync()));
    }
}
