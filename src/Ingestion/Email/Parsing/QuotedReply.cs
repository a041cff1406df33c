using System.Text.RegularExpressions;

namespace Hub.Ingestion.Email.Parsing;

/// <summary>
/// Separates what the sender wrote now from the earlier mail their client quoted below it ("&gt;" lines, the
/// "On … wrote:" / "เมื่อ … เขียนว่า:" attribution, Outlook's "-----Original Message-----" and "From:" blocks).
/// </summary>
public static partial class QuotedReply
{
    public static (string NewText, string? Quoted) Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var quoteStarts = line.StartsWith('>') || Attribution().IsMatch(line) || OutlookHeader().IsMatch(line)
                              || (line.Length > 0 && i + 1 < lines.Length && Attribution().IsMatch(line + " " + lines[i + 1].Trim()) && lines[i + 1].TrimEnd().EndsWith(':'));
            if (quoteStarts)
            {
                var fresh = string.Join('\n', lines[..i]).Trim();
                var quoted = string.Join('\n', lines[i..]).Trim();
                return (fresh, quoted.Length == 0 ? null : quoted);
            }
        }

        return (text.Trim(), null);
    }

    [GeneratedRegex(@"^(On\s.+\swrote:|เมื่อ.+เขียนว่า\s*:|.+<[^>]+@[^>]+>\s*(wrote|เขียน(ว่า)?)\s*:)$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(-{2,}\s*(Original Message|Forwarded message|ข้อความต้นฉบับ|ข้อความที่ส่งต่อ)\s*-{2,}|_{10,})$", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookHeader();
}
