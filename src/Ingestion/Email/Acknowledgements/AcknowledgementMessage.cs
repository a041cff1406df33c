using MimeKit;

namespace Hub.Ingestion.Email.Acknowledgements;

/// <summary>The Thai-first acknowledgement: receipt code, case number, and how to follow up or add information.</summary>
public static class AcknowledgementMessage
{
    public static MimeMessage Compose(AcknowledgementOptions options, MailboxAddress to, string receiptCode, string caseNumber, Guid complaintId, string? inReplyTo)
    {
        var statusUrl = $"{options.StatusUrl}?code={Uri.EscapeDataString(receiptCode)}";
        var message = new MimeMessage
        {
            Subject = $"ได้รับเรื่องร้องเรียนแล้ว รหัสติดตาม {receiptCode} / Complaint received, receipt {receiptCode}",
            // One fixed Message-ID per complaint: should a send ever be repeated, mail clients show it once.
            MessageId = $"ack-{complaintId:N}@{Domain(options.FromAddress)}",
            Body = new TextPart("plain")
            {
                Text = $"""
                    เรียน ผู้แจ้งเรื่อง

                    ศูนย์รับเรื่องร้องเรียนการทุจริต กรุงเทพมหานคร ได้รับเรื่องของท่านแล้ว
                    รหัสติดตามเรื่อง: {receiptCode}
                    เลขที่เรื่อง: {caseNumber}

                    ติดตามสถานะได้ที่ {statusUrl} หรือโทร 1555 แจ้งรหัสติดตามเรื่อง
                    หากต้องการส่งข้อมูลหรือหลักฐานเพิ่มเติม ให้ตอบกลับอีเมลฉบับนี้ โดยคงรหัสติดตามเรื่องไว้ในหัวเรื่อง
                    ข้อมูลที่ระบุตัวตนของท่านจะถูกเก็บเป็นความลับ

                    ---

                    Dear reporter,

                    The BMA corruption complaints centre has received your complaint.
                    Receipt code: {receiptCode}
                    Case number: {caseNumber}

                    Follow its status at {statusUrl} or call 1555 with your receipt code.
                    To add information or evidence, reply to this e-mail and keep the receipt code in the subject.
                    Your identity is kept confidential.
                    """,
            },
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(to);
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
            message.References.Add(inReplyTo);
        }

        return message;
    }

    static string Domain(string address) => address.Contains('@') ? address[(address.IndexOf('@') + 1)..] : "hub.local";
}
