using System.Text;

namespace Hub.Normalizer.Pii;

/// <summary>Digits as written in complaints: ASCII or Thai (๐–๙), grouped by spaces or dashes.</summary>
public static class DigitText
{
    /// <summary>Regex class for one digit, ASCII or Thai.</summary>
    public const string Digit = "[0-9\u0E50-\u0E59]";

    /// <summary>Only the digits, as ASCII.</summary>
    public static string DigitsOf(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is >= '\u0E50' and <= '\u0E59')
            {
                digits.Append((char)('0' + (c - '\u0E50')));
            }
        }

        return digits.ToString();
    }
}
