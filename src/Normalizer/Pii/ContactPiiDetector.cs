using System.Text.RegularExpressions;

namespace Hub.Normalizer.Pii;

/// <summary>E-mail addresses, and LINE ids (Latin handles that follow a mention of LINE or an "ไอดี").</summary>
public static partial class ContactPiiDetector
{
    public static IEnumerable<PiiSpan> Find(string text)
    {
        foreach (Match m in Email().Matches(text))
        {
            yield return new PiiSpan(PiiKind.Email, m.Index, m.Length, m.Value, 0.99);
        }

        foreach (Match m in LineId().Matches(text))
        {
            var id = m.Groups["id"];
            // a phone number or an e-mail after "ไลน์" is caught by its own detector
            if (!id.Value.All(c => char.IsAsciiDigit(c) || c == '-') && text.ElementAtOrDefault(id.Index + id.Length) != '@')
            {
                yield return new PiiSpan(PiiKind.LineId, id.Index, id.Length, id.Value, 0.85);
            }
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // "ไลน์ไอดี kk_pass99", "แอดไลน์ @shop", "LINE: somchai.k", "บัญชีไลน์ชื่อ kk_pass99", "ไอดี cafe.ekkamai12"
    [GeneratedRegex(@"(?:ไลน์|ไลน|\bline\b|ไอดี|\bid\b)[\u0E00-\u0E7F]{0,8}\s?[:：]?\s?(?<id>@?[A-Za-z0-9][A-Za-z0-9._\-]{2,29})(?![A-Za-z0-9@])", RegexOptions.IgnoreCase)]
    private static partial Regex LineId();
}
