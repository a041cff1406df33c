using System.Net.Mail;

namespace Hub.Ingestion.WebForm;

/// <summary>
/// Field rules of the web form. Messages are Thai first, English second, and never echo the value back
/// (it may be someone's phone number).
/// </summary>
public static class WebFormValidator
{
    /// <summary>About ten A4 pages of Thai; longer evidence belongs in attachments.</summary>
    public const int MaxTextLength = 10_000;
    public const int MaxSubjectLength = 200;
    public const int MaxNameLength = 200;
    public const int MaxDistrictLength = 100;

    public static Dictionary<string, string[]> Validate(WebFormRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors["text"] = ["กรุณาเล่าเรื่องที่ต้องการร้องเรียน / Text is required."];
        }
        else if (request.Text.Length > MaxTextLength)
        {
            errors["text"] = [$"ข้อความยาวเกิน {MaxTextLength:N0} ตัวอักษร / Text is longer than {MaxTextLength} characters."];
        }

        if (request.Subject?.Length > MaxSubjectLength)
        {
            errors["subject"] = [$"หัวเรื่องยาวเกิน {MaxSubjectLength} ตัวอักษร / Subject is longer than {MaxSubjectLength} characters."];
        }

        if (request.Contact?.Name?.Length > MaxNameLength)
        {
            errors["contact.name"] = [$"ชื่อยาวเกิน {MaxNameLength} ตัวอักษร / Name is longer than {MaxNameLength} characters."];
        }

        if (!string.IsNullOrWhiteSpace(request.Contact?.Email) && !IsEmail(request.Contact.Email))
        {
            errors["contact.email"] = ["รูปแบบอีเมลไม่ถูกต้อง / Email address is malformed."];
        }

        if (!string.IsNullOrWhiteSpace(request.Contact?.Phone) && !IsThaiPhone(request.Contact.Phone))
        {
            errors["contact.phone"] = ["รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081-234-5678) / Phone number is malformed (e.g. 081-234-5678)."];
        }

        if (request.Location?.District?.Length > MaxDistrictLength)
        {
            errors["location.district"] = [$"ชื่อเขตยาวเกิน {MaxDistrictLength} ตัวอักษร / District is longer than {MaxDistrictLength} characters."];
        }

        return errors;
    }

    static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim()
        && address.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>Thai numbers: 0 + 8–9 digits, or +66 without the leading 0; separators and Thai digits allowed.</summary>
    static bool IsThaiPhone(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Any(c => !(char.IsAsciiDigit(c) || c is >= '\u0E50' and <= '\u0E59' || c is ' ' or '-' or '(' or ')' or '+')))
        {
            return false;
        }

        var digits = new string(trimmed.Where(c => char.IsDigit(c)).Select(c => c >= '\u0E50' ? (char)('0' + (c - '\u0E50')) : c).ToArray());
        return trimmed.StartsWith('+')
            ? digits.StartsWith("66", StringComparison.Ordinal) && digits.Length is 10 or 11
            : digits.StartsWith('0') && digits.Length is 9 or 10;
    }
}
