using Hub.Ingestion.Channels.Adapters;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Encodings.Web;
using Hub.CaseStore.Identity;
using Hub.Ingestion.Accepting;
using Hub.Ingestion.Evidence;
using Hub.Normalizer.Classification;
using Hub.Contracts.Complaints;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hub.Ingestion.Officer;

/// <summary>
/// Unit officers enter letters, walk-ins, phone calls and referrals. Every post checks the antiforgery token, and
/// the receiving unit is checked against the officer's own unit on the server, whatever the form says.
/// </summary>
public static class OfficerEndpoints
{
    public const string Channel = "officer";

    public static IEndpointRouteBuilder MapOfficerEntry(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/officer/login", (HttpContext http, IAntiforgery antiforgery) => Page(OfficerPages.Login(Token(http, antiforgery), error: null)));

        endpoints.MapPost("/officer/login", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Expired();
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            return await OfficerSignIn.TrySignInAsync(http, form["officer_id"].ToString(), form["password"].ToString()) switch
            {
                OfficerSignIn.Outcome.SignedIn => Results.Redirect("/officer/complaints/new"),
                OfficerSignIn.Outcome.Throttled => Page(OfficerPages.Login(Token(http, antiforgery), OfficerPages.Throttled), StatusCodes.Status429TooManyRequests),
                OfficerSignIn.Outcome.Locked => Page(OfficerPages.Login(Token(http, antiforgery), OfficerPages.Locked), StatusCodes.Status401Unauthorized),
                _ => Page(OfficerPages.Login(Token(http, antiforgery), OfficerPages.WrongCredentials), StatusCodes.Status401Unauthorized),
            };
        }).DisableAntiforgery();

        endpoints.MapPost("/officer/logout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Expired();
            }

            await http.SignOutAsync(OfficerSignIn.Scheme);
            return Results.Redirect("/officer/login");
        }).DisableAntiforgery();

        endpoints.MapGet("/officer/complaints/new", (HttpContext http, IAntiforgery antiforgery) =>
            Page(OfficerPages.Entry(OfficerSignIn.UnitOf(http.User), Token(http, antiforgery), new OfficerEntry())))
            .RequireAuthorization(OfficerSignIn.Policy);

        endpoints.MapPost("/officer/complaints", FileAsync).RequireAuthorization(OfficerSignIn.Policy).DisableAntiforgery();
        return endpoints;
    }

    static async Task<IResult> FileAsync(HttpContext http, IAntiforgery antiforgery, ComplaintAcceptor acceptor, EvidenceStore evidence, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Expired();
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var entry = OfficerEntry.From(form);
        var unit = OfficerSignIn.UnitOf(http.User);
        if (entry.Unit != unit)
        {
            return Page(OfficerPages.Forbidden(), StatusCodes.Status403Forbidden);
        }

        var errors = entry.Validate();
        var attachments = new List<AttachmentReference>();
        foreach (var file in form.Files.Where(f => f.Length > 0))
        {
            try
            {
                await using var content = file.OpenReadStream();
                attachments.Add(await evidence.StoreAsync(content, file.FileName, file.ContentType, cancellationToken));
            }
            catch (EvidenceRejectedException ex)
            {
                errors["attachments"] = [$"{file.FileName}: {ex.Message}"];
            }
        }

        if (errors.Count > 0)
        {
            return Page(OfficerPages.Entry(unit, Token(http, antiforgery), entry, errors), StatusCodes.Status400BadRequest);
        }

        var accepted = await acceptor.AcceptAsync(Submission(entry, unit, OfficerSignIn.IdOf(http.User), attachments), cancellationToken);
        http.RequestServices.GetRequiredService<ChannelAdapterRegistry>().Received(Channel);
        return Page(OfficerPages.Saved(accepted.ReceiptCode));
    }

    static ComplaintSubmission Submission(OfficerEntry entry, string unit, string officerId, List<AttachmentReference> attachments)
    {
        var accusedUnit = BmaUnits.All.FirstOrDefault(u => u.Code == entry.AccusedUnit);
        var facts = new List<string>
        {
            $"ช่องทาง / Arrived by: {OfficerEntry.Arrivals[entry.Arrival!]}",
            $"หน่วยงานที่รับเรื่อง / Received by: {unit} ({officerId})",
        };
        if (entry.LetterReference is not null)
        {
            facts.Add($"หนังสือเลขที่ / Letter: {entry.LetterReference}{(entry.LetterDate is null ? "" : " ลงวันที่ " + entry.LetterDate)}");
        }

        if (accusedUnit is not null)
        {
            facts.Add($"หน่วยงานผู้ถูกร้อง / Accused unit: {accusedUnit.NameTh} ({accusedUnit.Code})");
        }

        if (entry.AccusedPerson is not null)
        {
            facts.Add($"ผู้ถูกร้อง / Accused: {entry.AccusedPerson}");
        }

        var references = ReferenceNumbers.Extract(entry.Text).ToList();
        if (entry.LetterReference is not null)
        {
            references.Add(ReferenceNumbers.Letter(entry.LetterReference));
        }

        var contact = new ReporterContact(Name: entry.ComplainantName, Email: entry.ComplainantEmail, Phone: entry.ComplainantPhone);
        return new ComplaintSubmission
        {
            Channel = Channel,
            // rendered into the form once, so a double submit or a browser retry returns the first receipt
            ChannelMessageId = $"{unit}:{entry.SubmissionId}",
            Subject = OfficerEntry.Arrivals[entry.Arrival!],
            Text = entry.Text + "\n\n" + string.Join("\n", facts),
            Anonymous = entry.Anonymous || contact.IsEmpty,
            Contact = entry.Anonymous ? null : contact,
            Location = accusedUnit is { IsDistrict: true } ? new ComplaintLocation(accusedUnit.DistrictName, null, null) : null,
            References = references,
            Attachments = attachments,
        };
    }

    static string Token(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(tokens.FormFieldName)}\" value=\"{HtmlEncoder.Default.Encode(tokens.RequestToken ?? "")}\">";
    }

    static IResult Expired() => Page(WebForm.WebFormPages.Layout("แบบฟอร์มหมดอายุ / Form expired",
        "<p class=\"errors\" role=\"alert\">แบบฟอร์มหมดอายุหรือไม่ได้มาจากระบบนี้ กรุณาเปิดหน้าใหม่แล้วส่งอีกครั้ง / The form expired or did not come from Hub; reload it and send again.</p>"),
        StatusCodes.Status400BadRequest);

    static IResult Page(string html, int status = StatusCodes.Status200OK) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
