using Hub.CaseStore.Accounts;
using Hub.CaseStore.Audit;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Evidence;
using Hub.CaseStore.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Staff;

/// <summary>
/// The evidence viewer: a complaint's attachments listed on the case page and downloaded through the case's own scope,
/// each download on the audit chain. Evidence is reporter-supplied content, so it is never served as anything a
/// browser would run: always as an attachment, never sniffed, raster images with their type and all else as bytes.
/// </summary>
public static class EvidenceEndpoints
{
    static readonly HashSet<string> InlineSafeImages = new(StringComparer.OrdinalIgnoreCase) { "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic" };

    public static RouteGroupBuilder MapEvidence(this RouteGroupBuilder staff)
    {
        staff.MapGet("/cases/{id:guid}/evidence/{attachment:long}", async (Guid id, long attachment, HttpContext http, HubDbContext db, EvidenceFiles files, AuditLog audit, CancellationToken ct) =>
        {
            var found = await db.Cases.Visible(http.User).Where(c => c.Id == id)
                .SelectMany(c => c.Complaints).SelectMany(x => x.Attachments).FirstOrDefaultAsync(a => a.Id == attachment, ct);
            if (found is null)
            {
                return Results.NotFound();
            }

            Stream content;
            try
            {
                content = files.Open(found.Sha256);
            }
            catch (FileNotFoundException)
            {
                return Results.NotFound();
            }

            await audit.RecordViewAsync(CaseWork.Actor(http.User), "evidence.view", id, found.Sha256, ct);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(content, ServedType(found.MediaType), DownloadName(found));
        }).RequireAuthorization(StaffPolicies.Cases);
        return staff;
    }

    public static string ServedType(string mediaType) => InlineSafeImages.Contains(mediaType) ? mediaType.ToLowerInvariant() : "application/octet-stream";

    /// <summary>Named after the content, not the reporter's file name, which may identify them.</summary>
    static string DownloadName(ComplaintAttachment a) => $"evidence-{a.Sha256[..12]}{Path.GetExtension(a.OriginalName ?? "") switch { { Length: > 1 and <= 8 } ext when ext.Skip(1).All(char.IsAsciiLetterOrDigit) => ext, _ => ".bin" }}";

    public static string List(Case c, Complaint complaint) => complaint.Attachments.Count == 0 ? "" : $"""
        <ul class="evidence">{string.Concat(complaint.Attachments.OrderBy(a => a.Id).Select(a =>
            $"""<li><a href="/staff/cases/{c.Id}/evidence/{a.Id}">หลักฐาน / Evidence</a> · {E(a.MediaType)} · {Size(a.SizeBytes)}</li>"""))}</ul>
        """;

    static string Size(long bytes) => bytes < 1024 ? $"{bytes} B" : bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes / (1024.0 * 1024):0.#} MB";
}
