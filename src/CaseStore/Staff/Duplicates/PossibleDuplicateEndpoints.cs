using System.Globalization;
using Hub.CaseStore.Accounts;
using Hub.CaseStore.Cases;
using Hub.CaseStore.Dedup;
using Hub.CaseStore.Deadlines;
using Hub.Normalizer.Dedup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Hub.CaseStore.Staff.StaffHtml;

namespace Hub.CaseStore.Staff.Duplicates;

/// <summary>The case page's "possible duplicates" list, and the accept and reject routes it posts to.</summary>
public static class PossibleDuplicateEndpoints
{
    public static RouteGroupBuilder MapPossibleDuplicates(this RouteGroupBuilder staff)
    {
        var suggestion = staff.MapGroup("/cases/{id:guid}/possible-duplicates/{suggestion:long}").RequireAuthorization(StaffPolicies.Cases);
        suggestion.MapPost("/accept", async (Guid id, long suggestion, HttpContext http, PossibleDuplicateReview review, CaseWork work, HolidayCalendar calendar, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            var errors = await review.AcceptAsync(http.User, id, suggestion, form["reason"].ToString(), ct);
            return await CaseLinkingEndpoints.Outcome(http, id, errors, work, calendar, ct);
        });
        suggestion.MapPost("/reject", async (Guid id, long suggestion, HttpContext http, PossibleDuplicateReview review, CaseWork work, HolidayCalendar calendar, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            var errors = await review.RejectAsync(http.User, id, suggestion, form["reason"].ToString(), ct);
            return await CaseLinkingEndpoints.Outcome(http, id, errors, work, calendar, ct);
        });
        return staff;
    }

    /// <summary>"เรื่องที่อาจซ้ำกัน / possible duplicates": empty for anyone who may not link, and when there is nothing to show.</summary>
    public static string Section(HttpContext http, Case c)
    {
        if (c.PossibleDuplicates.Count == 0)
        {
            return "";
        }

        var threshold = http.RequestServices.GetRequiredService<DuplicateScorer>().LinkThreshold.ToString("0.####", CultureInfo.InvariantCulture);
        return $"""
            <section id="possible-duplicates"><h2>เรื่องที่อาจซ้ำกัน / Possible duplicates</h2>
            <p class="note">คะแนนต่ำกว่าเกณฑ์เชื่อมโยงอัตโนมัติ ({threshold}) จึงรอเจ้าหน้าที่ตัดสิน / Scored below the auto-link threshold ({threshold}), so staff decide.</p>
            {string.Concat(c.PossibleDuplicates.Select(p => Item(http, c, p)))}</section>
            """;
    }

    static string Item(HttpContext http, Case c, PossibleDuplicateView view)
    {
        var s = view.Suggestion;
        var evidence = string.Concat(SuggestionEvidence.Lines(s.Evidence).Select(e => $"<li>{E(e)}</li>"));
        var header = $"""
            <p>คำร้อง / Complaint {E(view.ThisReceipt)} ↔ เรื่อง / case <a href="/staff/cases/{view.OtherCaseId}">{E(view.OtherCaseNumber)}</a> (คำร้อง / complaint {E(view.OtherReceipt)})
            · คะแนน / score <span class="score">{s.Score.ToString("0.00", CultureInfo.InvariantCulture)}</span></p>
            <ul class="evidence">{evidence}</ul>
            """;
        var body = s.State switch
        {
            PossibleDuplicateState.Pending =>
                Form(http, $"/staff/cases/{c.Id}/possible-duplicates/{s.Id}/accept", """
                    <label>เหตุผล / Reason <input name="reason" required></label>
                    <button class="accept">ใช่ เรื่องเดียวกัน เชื่อมโยงเข้ามา / Same incident: link it here</button>
                    """) +
                Form(http, $"/staff/cases/{c.Id}/possible-duplicates/{s.Id}/reject", """
                    <label>เหตุผล / Reason <input name="reason" required></label>
                    <button class="reject">ไม่ใช่ คนละเรื่อง / Not the same: keep apart</button>
                    """),
            PossibleDuplicateState.Accepted => $"""<p class="decided">ยืนยันว่าเป็นเรื่องเดียวกันแล้ว / Accepted as the same incident · {E(s.DecidedBy)} · {s.DecidedAtUtc:yyyy-MM-dd HH:mm} UTC · {E(s.Reason)}</p>""",
            _ => $"""<p class="decided">ไม่ใช่เรื่องเดียวกัน (จะไม่เสนอหรือเชื่อมโยงอีก) / Rejected, never suggested or linked again · {E(s.DecidedBy)} · {s.DecidedAtUtc:yyyy-MM-dd HH:mm} UTC · {E(s.Reason)}</p>""",
        };
        return $"""<div class="possible-duplicate {s.State.ToString().ToLowerInvariant()}" data-suggestion="{s.Id}">{header}{body}</div>""";
    }
}
