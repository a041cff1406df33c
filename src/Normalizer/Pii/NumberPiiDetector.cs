using System.Text.RegularExpressions;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Pii;

/// <summary>
/// Thai national IDs, phone numbers and bank accounts written in digits (ASCII or Thai, any grouping) or read
/// out digit by digit in words. Which one a digit string is follows from its length, prefix and grouping.
/// </summary>
public static partial class NumberPiiDetector
{
    static readonly string[] BankCues = ["บัญชี", "ธนาคาร", "กสิกร", "กรุงไทย", "กรุงเทพ", "ไทยพาณิชย์", "กรุงศรี", "ออมสิน", "ทหารไทย", "ธ.ก.ส.", "โอน", "account", "bank"];

    public static IEnumerable<PiiSpan> Find(string text)
    {
        foreach (Match m in DigitGroups().Matches(text))
        {
            var span = Classify(text, m.Index, m.Value, DigitText.DigitsOf(m.Value), spelledOut: false);
            if (span is not null)
            {
                yield return span;
            }
        }

        foreach (Match m in SpelledDigits().Matches(text))
        {
            var value = m.Value.TrimEnd(' ');
            var digits = ThaiNumberWords.DigitsOf(value);
            var span = digits is null ? null : Classify(text, m.Index, value, digits, spelledOut: true);
            if (span is not null)
            {
                yield return span;
            }
        }
    }

    static PiiSpan? Classify(string text, int start, string written, string digits, bool spelledOut)
    {
        if (digits.Length == 13)
        {
            // An invalid check digit is still flagged: people mistype their own ID, and the mistyped number still points at them.
            return new PiiSpan(PiiKind.NationalId, start, written.Length, written, ThaiNationalId.HasValidChecksum(digits) ? 0.98 : 0.75);
        }

        if (spelledOut && digits.Length is >= 10 and <= 12 && !(digits[0] == '0' && digits[1] is '6' or '8' or '9' && digits.Length == 10) && HasBankCue(text, start))
        {
            return new PiiSpan(PiiKind.BankAccount, start, written.Length, written, 0.7); // "กรุงไทย หนึ่งสี่สอง ศูนย์ห้า …"
        }

        if (!spelledOut && (BankGrouping().IsMatch(written) || (digits.Length is >= 10 and <= 12 && HasBankCue(text, start))))
        {
            return new PiiSpan(PiiKind.BankAccount, start, written.Length, written, BankGrouping().IsMatch(written) ? 0.9 : 0.7);
        }

        var national = digits.StartsWith("66", StringComparison.Ordinal) && written.TrimStart().StartsWith('+') ? "0" + digits[2..] : digits;
        var isMobile = national.Length == 10 && national[0] == '0' && national[1] is '6' or '8' or '9';
        var isLandline = national.Length == 9 && national[0] == '0' && national[1] is >= '2' and <= '7';
        return isMobile || isLandline ? new PiiSpan(PiiKind.Phone, start, written.Length, written, spelledOut ? 0.8 : 0.95) : null;
    }

    static bool HasBankCue(string text, int start)
    {
        var window = text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)).ToString();
        return BankCues.Any(cue => window.Contains(cue, StringComparison.OrdinalIgnoreCase));
    }

    // Digits with optional single spaces or dashes between them, or a +66 prefix; not glued to other digits.
    [GeneratedRegex(@"(?<![0-9\u0E50-\u0E59+])(?:\+66[ -]?)?[0-9\u0E50-\u0E59](?:[ -]?[0-9\u0E50-\u0E59]){7,12}(?![0-9\u0E50-\u0E59])")]
    private static partial Regex DigitGroups();

    // The usual Thai bank-account layout 123-4-56789-0.
    [GeneratedRegex(@"^[0-9\u0E50-\u0E59]{3}-[0-9\u0E50-\u0E59]-[0-9\u0E50-\u0E59]{5}-[0-9\u0E50-\u0E59]$")]
    private static partial Regex BankGrouping();

    [GeneratedRegex(@"(?:(?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)[ -]?){9,13}")]
    private static partial Regex SpelledDigits();
}
