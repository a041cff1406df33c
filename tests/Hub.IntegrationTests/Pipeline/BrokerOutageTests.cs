using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Pipeline;

/// <summary>Losing the broker must never lose a complaint: it is accepted durably and delivered once the broker is back.</summary>
public sealed class BrokerOutageTests
{
    // Different units and places, so near-duplicate linking keeps them as five cases.
    static readonly string[] SeparateIncidents =
    [
        "เจ้าหน้าที่เทศกิจเขตบางรักเรียกเงินจากแม่ค้าหน้าตลาด 500 บาท",
        "โยธาเขตลาดพร้าวไม่ตรวจอาคารที่สร้างผิดแบบเพราะรับเงินใต้โต๊ะ",
        "ครูโรงเรียนสังกัดกรุงเทพมหานครในเขตดินแดงเก็บค่าเรียนพิเศษโดยบังคับ",
        "พนักงานเก็บขยะเขตจตุจักรขอเงินค่าเก็บขยะเพิ่มจากชาวบ้าน",
        "เจ้าหน้าที่สำนักงานเขตคลองเตยออกใบอนุญาตร้านอาหารให้ญาติโดยไม่ถูกต้อง",
    ];

    [Fact]
    public async Task Complaints_accepted_while_the_broker_is_down_become_cases_after_it_returns()
    {
        using var directory = new TempDirectory();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        await using var broker = new TcpOutageProxy(TestServices.RabbitMq.Host, TestServices.RabbitMq.Port);
        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).With(vhost.HubSettings(broker.Port)));
        await hub.Http.CaseFiledAsync(await hub.Http.FileComplaintAsync(new { text = "ก่อนระบบขัดข้อง", anonymous = true }));

        broker.Cut();
        var during = new List<string>();
        foreach (var text in SeparateIncidents)
        {
            during.Add(await hub.Http.FileComplaintAsync(new { text, anonymous = true }));
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.All(await Task.WhenAll(during.Select(hub.Http.ReceiptAsync)), r => Assert.False(r.HasCase));
        Assert.Equal(5, await hub.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DispatchedAtUtc == null && m.Destination == Hub.Contracts.Queues.Normalizer)));

        broker.Restore();
        foreach (var receipt in during)
        {
            await hub.Http.CaseFiledAsync(receipt, TimeSpan.FromSeconds(90));
        }

        Assert.Equal(6, await hub.WithDbAsync(db => db.Cases.CountAsync()));
        Assert.Equal(6, await hub.WithDbAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task With_the_database_unreachable_the_form_answers_503_and_stores_nothing()
    {
        using var directory = new TempDirectory();
        await using var database = await PostgresDatabase.CreateAsync();
        await using var hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory).Postgres(database));

        await database.RefuseConnectionsAsync();
        using var response = await hub.Http.PostAsync(new Uri("/api/complaints", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { text = "ร้องเรียนระหว่างฐานข้อมูลล่ม", anonymous = true }));
        var body = await response.Content.ReadAsStringAsync();
        await database.AllowConnectionsAsync();

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("receipt", body, StringComparison.Ordinal);
        Assert.Equal(0, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
        Assert.Equal(0, await hub.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }
}
