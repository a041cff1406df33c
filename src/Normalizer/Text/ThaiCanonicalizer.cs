using System.Text;

namespace Hub.Normalizer.Text;

/// <summary>
/// One canonical spelling for Thai text, so that the same words typed on different phones, keyboards and
/// OCR engines compare equal: NFC, no zero-width characters, Thai digits as ASCII digits, sara am composed,
/// tone marks after upper vowels, no doubled marks, folded whitespace.
/// </summary>
public static class ThaiCanonicalizer
{
    const char ThaiDigitZero = '\u0E50';
    const char Nikhahit = '\u0E4D';
    const char SaraAa = '\u0E32';
    const char SaraAm = '\u0E33';

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

            Append(builder, c is >= ThaiDigitZero and <= '\u0E59' ? (char)('0' + (c - ThaiDigitZero)) : c);
        }

        return builder.ToString();
    }

    /// <summary>Appends one character, repairing the decompositions Thai keyboards and OCR produce.</summary>
    static void Append(StringBuilder builder, char c)
    {
        var last = builder.Length > 0 ? builder[^1] : '\0';
        if (IsCombiningMark(c) && c == last)
        {
            return; // a doubled tone mark or vowel sign renders as one; keep one
        }

        if (c == SaraAa && last == Nikhahit)
        {
            builder[^1] = SaraAm; // nikhahit + sara aa is how sara am is often typed
            return;
        }

        if (c == SaraAa && builder.Length > 1 && IsToneMark(last) && builder[^2] == Nikhahit)
        {
            builder[^2] = last; // nikhahit + tone + sara aa → tone + sara am
            builder[^1] = SaraAm;
            return;
        }

        if (IsUpperVowel(c) && IsToneMark(last))
        {
            builder[^1] = c; // Unicode order is vowel before tone mark; some keyboards emit the reverse
            builder.Append(last);
            return;
        }

        builder.Append(c);
    }

    static bool IsToneMark(char c) => c is >= '\u0E48' and <= '\u0E4B';

    static bool IsUpperVowel(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E37') or '\u0E47';

    static bool IsCombiningMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    // ZWSP, ZWNJ, ZWJ, word joiner and BOM: invisible, yet they split otherwise identical text.
    static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
