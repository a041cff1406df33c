using System.Security.Cryptography;
using System.Text;

namespace Hub.Ingestion.Line;

/// <summary>
/// LINE signs each webhook body: base64(HMAC-SHA256(channel secret, raw body)) in <c>X-Line-Signature</c>. It must be
/// checked on the bytes as received (re-serialised JSON would differ) and compared in constant time.
/// </summary>
public static class LineSignature
{
    public static bool IsValid(ReadOnlySpan<byte> rawBody, string channelSecret, string? header)
    {
        Span<byte> expected = stackalloc byte[32];
        Span<byte> given = stackalloc byte[32];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), rawBody, expected);
        return header is not null
            && Convert.TryFromBase64String(header, given, out var length) && length == 32
            && CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public static string Sign(ReadOnlySpan<byte> rawBody, string channelSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), rawBody));
}
