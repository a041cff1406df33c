using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Hub.Ingestion.Email.Parsing;

/// <summary>Reads a raw message into a <see cref="ParsedEmail"/>, or says (with <see cref="EmailRejectedException"/>) why it cannot be a complaint.</summary>
public static class EmailParser
{
    const int MaxMessageIdLength = 200;

    static readonly ParserOptions Options = CreateOptions();

    public static ParsedEmail Parse(Stream raw)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(Options, raw);
        }
        catch (FormatException ex)
        {
            throw new EmailRejectedException($"MIME ที่ผิดรูปแบบ / Malformed MIME ({ex.GetType().Name})");
        }

        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        if (from is null || string.IsNullOrWhiteSpace(from.Address) || !from.Address.Contains('@'))
        {
            throw new EmailRejectedException("ไม่มีผู้ส่ง (From) / No sender address (From)");
        }

        // Vacation replies and bounces answer our acknowledgements; taking them as complaints would loop.
        var autoSubmitted = message.Headers[HeaderId.AutoSubmitted];
        if ((autoSubmitted is not null && !autoSubmitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
            || message.Body is MultipartReport)
        {
            throw new EmailRejectedException("ข้อความตอบกลับอัตโนมัติ / Auto-submitted message (auto-reply or delivery report)");
        }

        var textParts = message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment).ToList();
        foreach (var part in textParts)
        {
            if (part.ContentType.Charset is { } charset && ThaiEncodings.Resolve(charset) is null)
            {
                throw new EmailRejectedException($"ชุดอักขระที่ไม่รองรับ / Unsupported charset '{Truncate(charset, 40)}'");
            }
        }

        var plain = textParts.FirstOrDefault(p => p.IsPlain);
        var html = textParts.FirstOrDefault(p => p.IsHtml);
        var body = plain is not null ? Decode(plain) : html is not null ? HtmlText.ToPlain(Decode(html)) : "";
        var (fresh, quoted) = QuotedReply.Split(body);
        var attachments = message.BodyParts.Where(p => p != plain && p != html && !(p is TextPart t && !t.IsAttachment)).ToList();
        if (fresh.Length == 0 && quoted is null && attachments.Count == 0 && string.IsNullOrWhiteSpace(message.Subject))
        {
            throw new EmailRejectedException("ข้อความว่างเปล่า / Empty message");
        }

        return new ParsedEmail
        {
            ChannelMessageId = ChannelMessageId(message),
            From = from,
            Subject = message.Subject?.Trim(),
            // A forward with nothing added is still the complaint; the quoted part is then the text.
            Text = fresh.Length > 0 ? fresh : quoted ?? message.Subject?.Trim() ?? "",
            QuotedHistory = fresh.Length > 0 ? quoted : null,
            Attachments = attachments,
            AuthenticationResults = AuthenticationResults(message),
            RelatesTo = ReplyReference.Find(message.Subject, fresh, quoted),
            Date = message.Date == DateTimeOffset.MinValue ? null : message.Date,
        };
    }

    static string Decode(TextPart part) =>
        ThaiEncodings.Resolve(part.ContentType.Charset) is { } encoding ? part.GetText(encoding) : part.Text;

    /// <summary>The Message-ID; without a usable one, a hash of the raw headers, which a redelivery repeats exactly.</summary>
    static string ChannelMessageId(MimeMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.MessageId) && message.MessageId.Length <= MaxMessageIdLength)
        {
            return message.MessageId.Trim();
        }

        using var headers = new MemoryStream();
        message.Headers.WriteTo(headers);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(headers.ToArray()));
    }

    static string? AuthenticationResults(MimeMessage message)
    {
        var results = message.Headers
            .Where(h => h.Id == HeaderId.AuthenticationResults || h.Id == HeaderId.ArcAuthenticationResults)
            .Select(h => $"{h.Field}: {string.Join(' ', h.Value.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))}")
            .ToList();
        return results.Count == 0 ? null : Truncate(string.Join('\n', results), 2000);
    }

    static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    static ParserOptions CreateOptions()
    {
        ThaiEncodings.Register();
        return new ParserOptions
        {
            // Raw 8-bit headers that are not UTF-8 are, in Thai mail, TIS-620.
            CharsetEncoding = Encoding.GetEncoding(874),
            // Deeply nested multiparts only exist to exhaust parsers.
            MaxMimeDepth = 32,
        };
    }
}
