using System.Globalization;
using Hub.CaseStore.Receipts;

namespace Hub.Ingestion.Chat;

/// <summary>What the bot says, Thai first, then English.</summary>
public static class ChatReplies
{
    public const string ConfirmWord = "ยืนยัน";
    public const string CancelWord = "ยกเลิก";
    public const string AnonymousWord = "ไม่ระบุตัวตน";
    public const string NewReportWord = "เรื่องใหม่";

    public static string Greeting(TimeSpan quietWindow) =>
        "สวัสดีครับ ช่องทางร้องเรียนการทุจริตของกรุงเทพมหานคร\n"
        + "ข้อมูลของท่านเป็นความลับ เจ้าหน้าที่จะไม่เห็นบัญชี LINE/Telegram ของท่าน และท่านขอไม่ระบุตัวตนได้โดยพิมพ์ \"" + AnonymousWord + "\"\n"
        + "เล่าเหตุการณ์ได้หลายข้อความ ส่งรูป ไฟล์ หรือตำแหน่งประกอบได้ เมื่อท่านหยุดส่ง " + Minutes(quietWindow) + " ระบบจะสรุปให้ยืนยัน "
        + "หรือพิมพ์ \"" + ConfirmWord + "\" เมื่อพร้อม ตรวจสถานะได้ด้วย \"สถานะ <รหัสรับเรื่อง>\"\n\n"
        + "Hello, this is the BMA corruption complaint channel. What you send is confidential: staff never see your chat account; "
        + "type \"" + AnonymousWord + "\" to stay anonymous. Send as many messages, photos, files or a location as you need; "
        + "we will ask you to confirm when you pause, or type \"" + ConfirmWord + "\". Check progress with \"/status <receipt>\".";

    public static string Gathering(string? followsReceipt) => followsReceipt is null
        ? "รับข้อความแล้ว ส่งรายละเอียดเพิ่มได้ พิมพ์ \"" + ConfirmWord + "\" เมื่อครบ / Received; send more, or type \"" + ConfirmWord + "\" when done."
        : "ข้อมูลนี้จะเพิ่มเข้าเรื่อง " + followsReceipt + " (พิมพ์ \"" + NewReportWord + "\" หากเป็นเรื่องใหม่) / This will be added to report "
          + followsReceipt + " (type \"" + NewReportWord + "\" for a new report).";

    public static string Confirm(int characters, int attachments, bool location, bool anonymous, string? followsReceipt) =>
        (followsReceipt is null ? "สรุปเรื่องที่จะส่ง" : "สรุปข้อมูลเพิ่มเติมสำหรับเรื่อง " + followsReceipt) + "\n"
        + string.Create(CultureInfo.InvariantCulture, $"ข้อความ {characters} ตัวอักษร, ไฟล์แนบ {attachments} รายการ, ตำแหน่ง: {(location ? "มี" : "ไม่มี")}, ไม่ระบุตัวตน: {(anonymous ? "ใช่" : "ไม่")}\n")
        + "ยืนยันส่งเรื่อง? พิมพ์ \"" + ConfirmWord + "\" เพื่อส่ง หรือ \"" + CancelWord + "\" เพื่อยกเลิก\n"
        + "Send this report? Type \"" + ConfirmWord + "\" to send or \"" + CancelWord + "\" to discard.";

    public static string Receipt(string code, string? followsReceipt) => followsReceipt is null
        ? "รับเรื่องเรียบร้อย รหัสรับเรื่องของท่านคือ " + code + " โปรดเก็บไว้เพื่อติดตามสถานะ (พิมพ์ \"สถานะ " + code + "\")\n"
          + "Your report is filed. Receipt code: " + code + " — keep it to follow progress."
        : "เพิ่มข้อมูลเข้าเรื่อง " + followsReceipt + " แล้ว (รหัสอ้างอิง " + code + ")\nAdded to report " + followsReceipt + " (reference " + code + ").";

    public static string Status(ReceiptStatus? status, string code) => status is null
        ? "ไม่พบรหัสรับเรื่อง " + code + " / Receipt code not found."
        : "เรื่อง " + status.Receipt + ": " + status.StatusTh + (status.CaseNumber is null ? string.Empty : " (เลขเรื่อง " + status.CaseNumber + ")")
          + "\nReport " + status.Receipt + ": " + status.Status + (status.CaseNumber is null ? string.Empty : " (case " + status.CaseNumber + ")");

    public const string NothingToSend = "ยังไม่มีข้อความที่จะส่ง กรุณาเล่าเหตุการณ์ก่อน / There is nothing to send yet; please describe what happened.";
    public const string Cancelled = "ยกเลิกแล้ว ข้อความที่ยังไม่ได้ส่งถูกลบ / Cancelled; the unsent messages were discarded.";
    public const string AnonymousSet = "รับทราบ เรื่องของท่านจะไม่ระบุตัวตน / Noted: your report will be anonymous.";
    public const string NewReport = "รับทราบ ข้อความต่อไปจะเป็นเรื่องใหม่ / Noted: your next messages start a new report.";

    public static string StaffMessage(string caseNumber, string text) =>
        "ข้อความจากเจ้าหน้าที่ เรื่องเลขที่ " + caseNumber + ":\n" + text + "\n(Message from BMA staff about case " + caseNumber + ")";

    static string Minutes(TimeSpan window) => window.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalMinutes:0.#} นาที")
        : string.Create(CultureInfo.InvariantCulture, $"{window.TotalSeconds:0} วินาที");
}
