using System.Text;

namespace Hub.IntegrationTests.Email;

/// <summary>Raw RFC 5322 messages byte for byte, so each test controls charset and transfer encoding exactly.</summary>
public static class RawMail
{
    static RawMail() => Hub.Ingestion.Email.Parsing.ThaiEncodings.Register();

    public static Encoding Thai => Encoding.GetEncoding(874);

    public static byte[] Build(string from, string to, string subjectHeader, string contentType, string transferEncoding, byte[] body, string? messageId = null, string extraHeaders = "")
    {
        var headers = $"From: {from}\r\nTo: {to}\r\nSubject: {subjectHeader}\r\nDate: Mon, 3 Nov 2025 10:00:00 +0700\r\n" +
                      $"Message-ID: <{messageId ?? Guid.NewGuid().ToString("N") + "@sender.example"}>\r\nMIME-Version: 1.0\r\n{extraHeaders}" +
                      $"Content-Type: {contentType}\r\nContent-Transfer-Encoding: {transferEncoding}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(headers), .. body, .. "\r\n"u8];
    }

    /// <summary>An RFC 2047 encoded word in the given charset (B encoding).</summary>
    public static string EncodedWord(string text, string charset, Encoding encoding) =>
        $"=?{charset}?B?{Convert.ToBase64String(encoding.GetBytes(text))}?=";

    public static byte[] Base64Lines(byte[] data) =>
        Encoding.ASCII.GetBytes(Convert.ToBase64String(data, Base64FormattingOptions.InsertLineBreaks));

    public static byte[] QuotedPrintable(byte[] data)
    {
        var text = new StringBuilder();
        var lineLength = 0;
        foreach (var b in data)
        {
            var piece = b is >= 33 and <= 126 and not (byte)'=' ? ((char)b).ToString() : $"={b:X2}";
            if (lineLength + piece.Length > 72)
            {
                text.Append("=\r\n");
                lineLength = 0;
            }

            text.Append(piece);
            lineLength += piece.Length;
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
