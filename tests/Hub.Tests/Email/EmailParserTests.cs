using System.Text;
using Hub.Ingestion.Email.Attachments;
using Hub.Ingestion.Email.Parsing;

namespace Hub.Tests.Email;

public sealed class EmailParserTests
{
    const string Thai = "เจ้าหน้าที่เรียกรับเงินสินบน";

    static EmailParserTests() => ThaiEncodings.Register();

    static ParsedEmail Parse(string headers, byte[] body) =>
        EmailParser.Parse(new MemoryStream([.. Encoding.ASCII.GetBytes(headers.Replace("\n", "\r\n") + "\r\n"), .. body]));

    [Theory]
    [InlineData("TIS-620")]
    [InlineData("tis620")]
    [InlineData("windows-874")]
    [InlineData("ISO-8859-11")]
    [InlineData("x-cp874")]
    public void Thai_single_byte_charsets_decode_in_body_and_encoded_words(string charset)
    {
        var encoding = Encoding.GetEncoding(874);
        var parsed = Parse(
            $"From: =?{charset}?B?{Convert.ToBase64String(encoding.GetBytes("สมชาย"))}?= <a@example.com>\nSubject: =?{charset}?B?{Convert.ToBase64String(encoding.GetBytes("ร้องเรียน"))}?=\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 8bit\n",
            encoding.GetBytes(Thai));
        Assert.Equal(Thai, parsed.Text);
        Assert.Equal("ร้องเรียน", parsed.Subject);
        Assert.Equal("สมชาย", parsed.From.Name);
    }

    [Fact]
    public void Raw_eight_bit_thai_headers_are_read_as_tis_620()
    {
        var parsed = EmailParser.Parse(new MemoryStream([.. "From: a@example.com\r\nSubject: "u8, .. Encoding.GetEncoding(874).GetBytes("ร้องเรียน"), .. "\r\n\r\nbody\r\n"u8]));
        Assert.Equal("ร้องเรียน", parsed.Subject);
    }

    [Fact]
    public void Message_id_is_the_channel_id_and_without_one_a_stable_header_hash()
    {
        Assert.Equal("abc@example.com", Parse("From: a@example.com\nMessage-ID: <abc@example.com>\n", "x"u8.ToArray()).ChannelMessageId);
        var first = Parse("From: a@example.com\nSubject: s\n", "x"u8.ToArray()).ChannelMessageId;
        Assert.StartsWith("sha256:", first, StringComparison.Ordinal);
        Assert.Equal(first, Parse("From: a@example.com\nSubject: s\n", "y"u8.ToArray()).ChannelMessageId);
    }

    [Fact]
    public void Html_only_mail_becomes_readable_text_without_scripts()
    {
        var parsed = Parse("From: a@example.com\nContent-Type: text/html; charset=UTF-8\n",
            Encoding.UTF8.GetBytes("<html><script>alert(1)</script><body><h1>หัวข้อ</h1><p>ย่อหน้า&nbsp;หนึ่ง</p>บรรทัด<br>ถัดไป</body></html>"));
        Assert.Equal("หัวข้อ\nย่อหน้า หนึ่ง\nบรรทัด\nถัดไป", parsed.Text);
    }

    [Theory]
    [InlineData("ข้อมูลใหม่\n\nOn Mon, 3 Nov 2025 at 10:00, Hub <hub@example.com> wrote:\n> เดิม")]
    [InlineData("ข้อมูลใหม่\n\nเมื่อ จ. 3 พ.ย. 2568 เวลา 10:00 Hub <hub@example.com> เขียนว่า:\n> เดิม")]
    [InlineData("ข้อมูลใหม่\n-----Original Message-----\nFrom: Hub\nเดิม")]
    [InlineData("ข้อมูลใหม่\n> เดิม")]
    public void Quoted_reply_history_is_separated_from_the_new_text(string body)
    {
        var (fresh, quoted) = QuotedReply.Split(body);
        Assert.Equal("ข้อมูลใหม่", fresh);
        Assert.Contains("เดิม", quoted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Re: ได้รับเรื่องแล้ว รหัสติดตาม K7QM-2ZXP-RT9H-4CWE", "K7QM-2ZXP-RT9H-4CWE")]
    [InlineData("เรื่องเลขที่ 2570-000042 ขอเพิ่มเติม", "2570-000042")]
    [InlineData("รหัส k7qm-2zxp-rt9h-4cwe", "K7QM-2ZXP-RT9H-4CWE")]
    [InlineData("ABCD-EFGH-IJKL-MNOP is not a code (I and O)", null)]
    [InlineData("phone 02-123-4567", null)]
    public void Replies_name_their_receipt_code_or_case_number(string text, string? expected) =>
        Assert.Equal(expected, ReplyReference.Find(text));

    [Theory]
    [InlineData("To: a@example.com\n", "No sender address")]
    [InlineData("From: a@example.com\nContent-Type: text/plain; charset=x-klingon\n", "Unsupported charset")]
    [InlineData("From: a@example.com\nAuto-Submitted: auto-replied\n", "Auto-submitted")]
    public void Mail_that_cannot_be_a_complaint_is_rejected_with_its_reason(string headers, string reason)
    {
        var rejected = Assert.Throws<EmailRejectedException>(() => Parse(headers, "text"u8.ToArray()));
        Assert.Contains(reason, rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jpeg_metadata_segments_are_removed_and_the_image_kept()
    {
        byte[] app1 = [0xFF, 0xE1, 0, 8, .. "Exif\0\0"u8];
        byte[] dqt = [0xFF, 0xDB, 0, 4, 7, 7];
        byte[] scan = [0xFF, 0xDA, 0, 2, 1, 2, 3, 0xFF, 0xD9];
        var stripped = JpegMetadata.Strip([0xFF, 0xD8, .. app1, .. dqt, .. scan]);
        Assert.Equal([0xFF, 0xD8, .. dqt, .. scan], stripped);
        byte[] notJpeg = [1, 2, 3, 4, 5];
        Assert.Same(notJpeg, JpegMetadata.Strip(notJpeg));
    }
}
