using System.Text.RegularExpressions;
using Hub.CaseStore.Receipts;

namespace Hub.Ingestion.Email.Parsing;

/// <summary>Finds the receipt code or case number a reply refers to: subject first, then the text (quoted history included).</summary>
public static partial class ReplyReference
{
    public static string? Find(params string?[] texts)
    {
        foreach (var text in texts.Where(t => !string.IsNullOrEmpty(t)))
        {
            foreach (Match match in ReceiptLike().Matches(text!))
            {
                if (ReceiptCode.TryNormalize(match.Value, out var code))
                {
                    return code;
                }
            }

            if (CaseNumber().Match(text!) is { Success: true } number)
            {
                return number.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}(?![A-Za-z0-9])")]
    private static partial Regex ReceiptLike();

    [GeneratedRegex(@"(?<!\d)25\d\d-\d{6}(?!\d)")]
    private static partial Regex CaseNumber();
}
