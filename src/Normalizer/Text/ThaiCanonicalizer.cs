using System.Text;

namespace Hub.Normalizer.Text;

/// <summary>
/// One canonical spelling for Thai text, so that the same words typed on different phones, keyboards and
/// OCR engines compare equal: NFC, no zero-width characters, Thai digits as ASCII digits, folded whitespace.
/// </summary>
public static class ThaiCanonicalizer
{
    const char ThaiDigitZero = '\u0E50';

    public static string Canonicalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (IsZeroWidth(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c is >= ThaiDigitZero and <= '\u0E59' ? (char)('0' + (c - ThaiDigitZero)) : c);
        }

        return builder.ToString();
    }

    // ZWSP, ZWNJ, ZWJ, word joiner and BOM: invisible, yet they split otherwise identical text.
    static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
