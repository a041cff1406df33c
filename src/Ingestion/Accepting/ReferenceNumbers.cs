using System.Text.RegularExpressions;

namespace Hub.Ingestion.Accepting;

/// <summary>
/// Reference numbers quoted in complaint text, in the prefixed form complaints carry them
/// (<see cref="Hub.Contracts.Complaints.ComplaintReceived.References"/>). Two complaints quoting the same number are
/// the same matter seen twice, e.g. a 1555 call and the Traffy ticket the operator entered for it.
/// </summary>
public static partial class ReferenceNumbers
{
    public static string Hotline1555(string number) => "1555:" + number.Trim().ToUpperInvariant();

    public static string Traffy(string ticketId) => "traffy:" + ticketId.Trim().ToUpperInvariant();

    public static string Letter(string number) => "letter:" + WhiteSpace().Replace(number.Trim(), "");

    public static IReadOnlyList<string> Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var found = new List<string>();
        found.AddRange(HotlineQuote().Matches(text).Select(m => Hotline1555(m.Groups["id"].Value)));
        found.AddRange(TraffyId().Matches(text).Select(m => Traffy(m.Value)));
        found.AddRange(PrimeMinisterOffice().Matches(text).Select(m => "pmoc:" + m.Value));
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>"อ้างอิงเลขที่รับแจ้ง ZZMXBH", "เลขรับแจ้ง: ZZMXBH": the 1555 centre's six-character number.</summary>
    [GeneratedRegex(@"(?:เลขที่รับแจ้ง|เลขรับแจ้ง|เลขที่อ้างอิง 1555)\s*:?\s*(?<id>[A-Z0-9]{6})\b")]
    private static partial Regex HotlineQuote();

    [GeneratedRegex(@"\b20\d\d-[A-Z0-9]{6}\b")]
    private static partial Regex TraffyId();

    /// <summary>The Prime Minister's Office complaint centre (1111) numbers, e.g. นร02660019493.</summary>
    [GeneratedRegex(@"นร\d{8,14}")]
    private static partial Regex PrimeMinisterOffice();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
