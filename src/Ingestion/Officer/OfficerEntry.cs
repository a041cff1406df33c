using Microsoft.AspNetCore.Http;

namespace Hub.Ingestion.Officer;

/// <summary>A paper, walk-in, phone or referred complaint as a unit officer enters it.</summary>
public sealed record OfficerEntry
{
    public static readonly IReadOnlyDictionary<string, string> Arrivals = new Dictionary<string, string>
    {
        ["letter"] = "หนังสือ / Letter",
        ["walk-in"] = "มาด้วยตนเอง / Walk-in",
        ["phone"] = "โทรศัพท์ / Phone",
        ["referral-nacc"] = "ส่งต่อจาก ป.ป.ช. / Referred by NACC",
        ["referral-ombudsman"] = "ส่งต่อจากผู้ตรวจการแผ่นดิน / Referred by the Ombudsman",
        ["referral-damrongdhama"] = "ส่งต่อจากศูนย์ดำรงธรรม / Referred by Damrongdhama",
        ["referral-other"] = "ส่งต่อจากหน่วยงานอื่น / Referred by another agency",
    };

    public string SubmissionId { get; init; } = Guid.NewGuid().ToString("N");
    public string? Unit { get; init; }
    public string? Arrival { get; init; }
    public string? LetterReference { get; init; }
    public string? LetterDate { get; init; }
    public bool Anonymous { get; init; }
    public string? ComplainantName { get; init; }
    public string? ComplainantPhone { get; init; }
    public string? ComplainantEmail { get; init; }
    public string? AccusedUnit { get; init; }
    public string? AccusedPerson { get; init; }
    public string? Text { get; init; }

    public static OfficerEntry From(IFormCollection form) => new()
    {
        SubmissionId = Value(form, "submission_id") ?? Guid.NewGuid().ToString("N"),
        Unit = Value(form, "unit"),
        Arrival = Value(form, "arrival"),
        LetterReference = Value(form, "letter_reference"),
        LetterDate = Value(form, "letter_date"),
        Anonymous = form["anonymous"] == "true",
        ComplainantName = Value(form, "complainant_name"),
        ComplainantPhone = Value(form, "complainant_phone"),
        ComplainantEmail = Value(form, "complainant_email"),
        AccusedUnit = Value(form, "accused_unit"),
        AccusedPerson = Value(form, "accused_person"),
        Text = Value(form, "text"),
    };

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Arrival is null || !Arrivals.ContainsKey(Arrival))
        {
            errors["arrival"] = ["กรุณาเลือกช่องทางที่ได้รับเรื่อง / Choose how the complaint arrived."];
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            errors["text"] = ["กรุณากรอกรายละเอียดเรื่องร้องเรียน / The complaint text is required."];
        }

        if (LetterDate is not null && !DateOnly.TryParseExact(LetterDate, "yyyy-MM-dd", out _))
        {
            errors["letter_date"] = ["วันที่หนังสือไม่ถูกต้อง / The letter date is not a date."];
        }

        if (Arrival is "letter" && LetterReference is null)
        {
            errors["letter_reference"] = ["หนังสือต้องมีเลขที่ / A letter needs its reference number."];
        }

        return errors;
    }

    static string? Value(IFormCollection form, string name) => string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();
}
