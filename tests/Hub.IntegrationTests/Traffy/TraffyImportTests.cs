using System.Text;
using Hub.Ingestion.Traffy;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Traffy;

public sealed class TraffyImportTests : IAsyncLifetime
{
    readonly TempDirectory directory = new();
    EmbeddedHub hub = null!;

    public async Task InitializeAsync() => hub = await EmbeddedHub.StartAsync(HubSettings.Embedded(directory));

    public async Task DisposeAsync()
    {
        await hub.DisposeAsync();
        directory.Dispose();
    }

    [Theory]
    [InlineData(TraffyData.Dump, 1000, 12, 1)]
    [InlineData(TraffyData.ApiFlat, 1000, 17, 1)]
    [InlineData(TraffyData.ApiSearch, 1000, 8, 1)]
    [InlineData(TraffyData.GeoJson, 11, 0, 0)]
    public async Task Every_row_of_a_real_file_imports_once_and_again_changes_nothing(string file, int rows, int redacted, int someComplaints)
    {
        var first = await ImportAsync(TraffyData.PathOf(file));

        Assert.Empty(first.Errors);
        Assert.Equal(rows, first.Read);
        Assert.Equal(redacted, first.Redacted);
        Assert.Equal(rows - redacted, first.NewComplaints + first.NewGeneral);
        Assert.Equal(rows - redacted, await hub.WithDbAsync(db => db.TraffyTickets.CountAsync()));
        Assert.Equal(first.NewComplaints, await hub.WithDbAsync(db => db.Receipts.CountAsync(r => r.Channel == TraffyChannel.Name)));
        Assert.InRange(first.NewComplaints, someComplaints, rows / 4);

        var again = await ImportAsync(TraffyData.PathOf(file));
        Assert.Equal(rows - redacted, again.Unchanged);
        Assert.Equal(0, again.NewComplaints + again.NewGeneral + again.Updated);
        Assert.Equal(first.NewComplaints, await hub.WithDbAsync(db => db.Receipts.CountAsync()));
    }

    [Fact]
    public async Task Tickets_traffy_routed_to_its_anti_corruption_organisation_become_complaints_and_become_cases()
    {
        await ImportAsync(TraffyData.PathOf(TraffyData.Dump));

        var ticket = await hub.WithDbAsync(db => db.TraffyTickets.SingleAsync(t => t.TicketId == "Y3EHY7"));
        Assert.True(ticket.IsMisconduct);
        var complaintId = Assert.NotNull(ticket.ComplaintId);
        var receipt = await hub.WithDbAsync(db => db.Receipts.SingleAsync(r => r.ComplaintId == complaintId));
        await hub.Http.CaseFiledAsync(receipt.Code);
        var references = await hub.WithDbAsync(db => db.ComplaintReferences.Where(r => r.ComplaintId == complaintId).Select(r => r.Reference).ToListAsync());
        Assert.Contains("traffy:Y3EHY7", references);
        Assert.Contains("1555:Y3EHY7", references);
    }

    [Fact]
    public async Task A_later_state_and_last_activity_update_the_same_ticket_and_never_open_another_complaint()
    {
        const string header = "ticket_id,type,organization,comment,coords,timestamp,state,last_activity\n";
        const string text = "เจ้าหน้าที่เทศกิจเรียกรับเงินส่วยจากแม่ค้าริมฟุตบาททุกวัน วันละ 200 บาท";
        var before = directory["before.csv"];
        var after = directory["after.csv"];
        await File.WriteAllTextAsync(before, header + $"2023-ZZTEST,{{ร้องเรียน}},เขตบางรัก,{text},\"100.52,13.72\",2023-05-12 01:00:00.123+00,รอรับเรื่อง,2023-05-12 01:00:00.123+00\n", Encoding.UTF8);
        await File.WriteAllTextAsync(after, header + $"2023-ZZTEST,{{ร้องเรียน}},เขตบางรัก,{text},\"13.72,100.52\",2023-05-12 01:00:00.123+00,กำลังดำเนินการ,2023-05-13 02:00:00+00\n", Encoding.UTF8);

        var first = await ImportAsync(before);
        var second = await ImportAsync(after);

        Assert.Equal(1, first.NewComplaints);
        Assert.Equal(1, second.Updated);
        var ticket = await hub.WithDbAsync(db => db.TraffyTickets.SingleAsync());
        Assert.Equal("กำลังดำเนินการ", ticket.State);
        Assert.Equal(new DateTime(2023, 5, 13, 2, 0, 0, DateTimeKind.Utc), ticket.LastActivityUtc);
        Assert.Equal(1, await hub.WithDbAsync(db => db.Receipts.CountAsync()));

        // the older copy from a lagging feed must not roll the state back
        Assert.Equal(1, (await ImportAsync(before)).Unchanged);
        Assert.Equal("กำลังดำเนินการ", (await hub.WithDbAsync(db => db.TraffyTickets.SingleAsync())).State);
    }

    [Fact]
    public async Task Bad_records_are_named_for_operators_and_the_rest_still_import()
    {
        var file = directory["bad.csv"];
        await File.WriteAllTextAsync(file, """
            ticket_id,comment,coords,timestamp,state,last_activity
            2023-AAAAAA,ถนนชำรุด,"100.5,13.7",2023-05-12 01:00:00+00,รอรับเรื่อง,2023-05-12 01:00:00+00
            2023-BBBBBB,ไฟดับ,"abc",yesterday,รอรับเรื่อง,
            2023-CCCCCC,ทางเท้าพัง,"100.5,13.7",2023-05-12 01:00:00+00,รอรับเรื่อง,2023-05-12 01:00:00+00,extra
            2023-DDDDDD,ขยะ,,,,

            """, Encoding.UTF8);

        var summary = await ImportAsync(file);

        Assert.Equal(3, summary.Read);
        Assert.Contains(summary.Errors, e => e.Contains("record 2 (2023-BBBBBB): coords", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.Contains("record 2 (2023-BBBBBB): timestamp", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.Contains("record 3", StringComparison.Ordinal) && e.Contains("header has 6", StringComparison.Ordinal));
        Assert.Equal(3, await hub.WithDbAsync(db => db.IntakeIssues.CountAsync(i => i.Source == "bad.csv")));
        Assert.Equal(3, await hub.WithDbAsync(db => db.TraffyTickets.CountAsync()));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_or_not_json_is_one_clear_error()
    {
        var latin = directory["tis620.csv"];
        await File.WriteAllBytesAsync(latin, [.. "ticket_id,comment\n2023-AAAAAA,"u8.ToArray(), 0xB6, 0xB9, 0xB9, (byte)'\n']);
        var broken = directory["broken.json"];
        await File.WriteAllTextAsync(broken, "{\"results\":[{\"ticket_id\":\"2023-AAAAAA\",");

        Assert.Contains("UTF-8", Assert.Single((await ImportAsync(latin)).Errors), StringComparison.Ordinal);
        Assert.Contains("line 1", Assert.Single((await ImportAsync(broken)).Errors), StringComparison.Ordinal);
        Assert.Equal(0, await hub.WithDbAsync(db => db.TraffyTickets.CountAsync()));
    }

    async Task<TraffyImportSummary> ImportAsync(string path)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TraffyImporter>().ImportFileAsync(path, TraffyTime.Bangkok, CancellationToken.None);
    }
}
