using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hub.CaseStore.Accounts;
using Hub.Contracts.Complaints;
using Hub.Ingestion.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Staff;

/// <summary>Issue #7 "evidence viewer": attachments reach the case page and download only within the case's scope, audited.</summary>
public partial class EvidenceViewerTests
{
    // A 1×1 PNG: real image bytes, so an identical download proves the store was read, not re-encoded.
    static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_image_shows_on_the_case_page_downloads_identically_for_the_centre_and_not_for_another_unit_and_each_view_is_audited()
    {
        await using var staff = await StaffHub.StartAsync();
        AttachmentReference image, text;
        await using (var scope = staff.Hub.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<EvidenceStore>();
            image = await store.StoreAsync(new MemoryStream(Png), "สมชาย-ใจดี.png", "image/png", CancellationToken.None);
            text = await store.StoreAsync(new MemoryStream(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")), "note.txt", "text/plain", CancellationToken.None);
        }

        var id = await staff.FileCaseAsync("เจ้าหน้าที่เรียกรับเงิน มีภาพถ่ายแนบ", "U1",
            shape: n => n with { Complaint = n.Complaint with { Attachments = [image, text] } });
        using var centre = new StaffClient(staff.Hub);
        using var otherUnit = new StaffClient(staff.Hub);
        await centre.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.Center));
        await otherUnit.SignInAsync(await StaffClient.CreateUserAsync(staff.Hub, StaffRoles.UnitOfficer, "U2"));

        var page = await (await centre.GetAsync($"/staff/cases/{id}")).Content.ReadAsStringAsync();
        var links = EvidenceLink().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains("image/png", page, StringComparison.Ordinal);
        Assert.Contains($"{Png.Length} B", page, StringComparison.Ordinal);
        Assert.DoesNotContain("สมชาย", page, StringComparison.Ordinal);

        using var download = await centre.GetAsync(links[0]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.DoesNotContain("สมชาย", download.Content.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));

        using var textDownload = await centre.GetAsync(links[1]);
        Assert.Equal("application/octet-stream", textDownload.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", textDownload.Content.Headers.ContentDisposition!.DispositionType);

        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync(links[0])).StatusCode);
        var views = await staff.Hub.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "evidence.view").Select(a => new { a.CaseId, a.Detail }).ToListAsync());
        Assert.Equal([image.Sha256, text.Sha256], views.Select(v => v.Detail));
        Assert.All(views, v => Assert.Equal(id.ToString(), v.CaseId));
        var stored = await staff.Hub.WithDbAsync(db => db.ComplaintAttachments.OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(("สมชาย-ใจดี.png", (long)Png.Length), (stored[0].OriginalName, stored[0].SizeBytes));
    }

    [GeneratedRegex("""href="(/staff/cases/[0-9a-f-]+/evidence/\d+)""")]
    private static partial Regex EvidenceLink();
}
