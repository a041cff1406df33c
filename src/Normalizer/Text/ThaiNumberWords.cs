using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hub.Normalizer.Text;

/// <summary>
/// Numbers read out in Thai words: digit by digit ("ศูนย์แปดหก เจ็ดสามศูนย์" = 086730…, as hotline
/// transcripts write phone and ID numbers) and as amounts ("สามหมื่น", "หมื่นห้า", "สี่ล้านสอง", "8 หมื่น", "150k").
/// </summary>
public static partial class ThaiNumberWords
{
    static readonly string[] DigitWords = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];

    static readonly Dictionary<string, long> Multipliers = new(StringComparer.Ordinal)
    {
        ["สิบ"] = 10, ["ร้อย"] = 100, ["พัน"] = 1_000, ["หมื่น"] = 10_000, ["แสน"] = 100_000, ["ล้าน"] = 1_000_000,
        ["k"] = 1_000, ["K"] = 1_000,
    };

    /// <summary>The digits of a digit-by-digit reading, or null when <paramref name="words"/> holds anything else.</summary>
    public static string? DigitsOf(string words)
    {
        var digits = new StringBuilder();
        var rest = words.AsSpan();
        while (!rest.IsEmpty)
        {
            if (rest[0] is ' ' or '-')
            {
                rest = rest[1..];
                continue;
            }

            var matched = false;
            for (var d = 0; d < DigitWords.Length && !matched; d++)
            {
                if (rest.StartsWith(DigitWords[d], StringComparison.Ordinal))
                {
                    digits.Append((char)('0' + d));
                    rest = rest[DigitWords[d].Length..];
                    matched = true;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        return digits.ToString();
    }

    /// <summary>A regex alternative matching one digit word; callers build digit-by-digit patterns from it.</summary>
    public static string DigitWordPattern { get; } = string.Join('|', DigitWords);

    /// <summary>Money amounts in a canonical text, in baht, whether written in digits, in words or mixed.</summary>
    public static IReadOnlyList<long> Amounts(string canonicalText)
    {
        var amounts = new List<long>();
        foreach (Match m in AmountPattern().Matches(canonicalText))
        {
            var value = ParseAmount(m.Groups["number"].Value, m.Groups["unit"].Value, m.Groups["tail"].Value);
            var isMoney = m.Groups["unit"].Success || m.Groups["baht"].Success || m.Groups["cue"].Success;
            if (value is >= 100 and < 10_000_000_000 && isMoney)
            {
                amounts.Add(value);
            }
        }

        foreach (Match m in WordAmountPattern().Matches(canonicalText))
        {
            var value = ParseWords(m.Value);
            if (value >= 100)
            {
                amounts.Add(value);
            }
        }

        return amounts;
    }

    static long ParseAmount(string number, string unit, string tail)
    {
        var value = decimal.Parse(number.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        if (unit.Length > 0 && Multipliers.TryGetValue(unit, out var multiplier))
        {
            value *= multiplier;
            if (tail.Length > 0)
            {
                value += Array.IndexOf(DigitWords, tail) * multiplier / 10; // "3 หมื่นห้า" = 35,000
            }
        }

        return (long)value;
    }

    /// <summary>"สองหมื่น" = 20,000; "หมื่นนึง" = 10,000; "สี่ล้านสอง" = 4,200,000; "สามร้อยห้าสิบ" = 350.</summary>
    static long ParseWords(string words)
    {
        long total = 0, pending = -1, lastMultiplier = 0;
        var rest = words.Replace(" ", "", StringComparison.Ordinal).Replace("เอ็ด", "หนึ่ง", StringComparison.Ordinal);
        if (rest.EndsWith("นึง", StringComparison.Ordinal))
        {
            rest = rest[..^3]; // "หมื่นนึง" is one ten-thousand, not 10,000 + 1,000
        }

        while (rest.Length > 0)
        {
            var digit = Array.FindIndex(DigitWords, w => rest.StartsWith(w, StringComparison.Ordinal));
            if (digit >= 0)
            {
                pending = digit;
                rest = rest[DigitWords[digit].Length..];
                continue;
            }

            var multiplier = Multipliers.First(m => rest.StartsWith(m.Key, StringComparison.Ordinal));
            if (multiplier.Value == 1_000_000)
            {
                total = (total + Math.Max(pending, 1)) * multiplier.Value;
            }
            else
            {
                total += Math.Max(pending, 1) * multiplier.Value;
            }

            lastMultiplier = multiplier.Value;
            pending = -1;
            rest = rest[multiplier.Key.Length..];
        }

        // a trailing digit after a multiplier is the next lower place: "หมื่นห้า" = 15,000
        return pending >= 0 && lastMultiplier >= 100 ? total + pending * lastMultiplier / 10 : total + Math.Max(pending, 0);
    }

    [GeneratedRegex(@"(?<cue>(?:ละ|จ่าย|เงิน|ค่า\S{0,12}?|ราคา|โอน|เรียก|วงเงิน|งบ)\s?)?(?<number>\d[\d,]*(?:\.\d+)?)\s?(?:(?<unit>k|K|พัน|หมื่น|แสน|ล้าน)(?<tail>ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)?)?\s?(?<baht>บาท)?")]
    private static partial Regex AmountPattern();

    // At least one multiplier word, so plain digit readings (phone numbers) are not amounts. A bare multiplier
    // must follow a money word or a space, so "เรียบร้อย" and "พันธุ์" are not amounts.
    [GeneratedRegex(@"(?:(?<=ละ|จ่าย|เงิน|อีก|โอน|เรียก|ขอ|ให้|ค่า|แล้ว|ไป|\s)|(?=ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า))(?:(?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|เอ็ด)?(?:สิบ|ร้อย|พัน(?!ธ)|หมื่น|แสน(?!แสบ)|ล้าน))+(?:ศูนย์|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|นึง|เอ็ด)?")]
    private static partial Regex WordAmountPattern();
}
