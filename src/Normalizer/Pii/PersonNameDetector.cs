using System.Text.RegularExpressions;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Pii;

/// <summary>
/// Names of people in Thai text, which has no capital letters and no spaces between words, so a name is found
/// from what stands before it: a title or rank ("นาย", "นางสาว", "ร.ต.อ."), a nickname prefix ("พี่", "หัวหน้า",
/// "เสี่ย"), a naming phrase ("ชื่อ", "ผู้แจ้ง:"), or a signature line at the end of a letter. The name ends
/// where ICU's word breaks reach a known non-name word ("ครับ", "บอก", "ฝ่าย" …).
/// </summary>
public static partial class PersonNameDetector
{
    static readonly string[] Titles = ByLengthDescending("name-titles-th.txt");
    static readonly string[] NicknamePrefixes = ByLengthDescending("name-prefixes-th.txt");
    static readonly string[] Cues = ByLengthDescending("name-cues-th.txt");
    static readonly string[] GlueWords = ByLengthDescending("name-glue-th.txt");
    static readonly HashSet<string> NotNames = EmbeddedText.Lines("name-stoppers-th.txt").ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<PiiSpan> Find(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // a title starts a name at a boundary we can see (space, punctuation, a cue or glue word); a nickname
            // prefix is checked anywhere, since "เรียกพี่หน่อง" glues it to the verb and its stop list guards it
            var visibleStart = i == 0 || !IsThaiLetter(text[i - 1]) || EndsWithAny(text, i, Cues) || EndsWithAny(text, i, GlueWords);
            var span = (visibleStart ? Titled(text, i) : null) ?? Nicknamed(text, i);
            if (span is not null)
            {
                yield return span;
                i = span.End - 1;
            }
        }

        foreach (var span in Cued(text).Concat(Signatures(text)))
        {
            yield return span;
        }
    }

    /// <summary>"นายสมหมาย จันทร์แก้ว", "นพ.ธนวัฒน์ สิริโชค", "นางวรรณาฯ": the title belongs to the name.</summary>
    static PiiSpan? Titled(string text, int start)
    {
        var title = Titles.FirstOrDefault(t => string.CompareOrdinal(text, start, t, 0, t.Length) == 0);
        if (title is null)
        {
            return null;
        }

        var nameStart = start + title.Length;
        var end = FullName(text, text.ElementAtOrDefault(nameStart) == ' ' && title.EndsWith('.') ? nameStart + 1 : nameStart);
        return end is null ? null : Span(text, start, end.Value, 0.9);
    }

    /// <summary>"พี่หน่อง", "หัวหน้าวิรัช", "เสี่ยหมู": a prefix that only precedes a person.</summary>
    static PiiSpan? Nicknamed(string text, int start)
    {
        var prefix = NicknamePrefixes.FirstOrDefault(p => string.CompareOrdinal(text, start, p, 0, p.Length) == 0);
        if (prefix is null)
        {
            return null;
        }

        var end = GivenName(text, start + prefix.Length);
        return end is null ? null : Span(text, start, end.Value, 0.7);
    }

    /// <summary>"ชื่อวรรณา", "ผมชื่อ ไพศาล บุญยืน ครับ", "ผู้แจ้ง: จิราพร วงศ์ทองค่ะ": the name without the cue.</summary>
    static IEnumerable<PiiSpan> Cued(string text)
    {
        foreach (var cue in Cues)
        {
            for (var at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && text[at - 1] == 'เ')
                {
                    continue; // "เชื่อ", "เชื่อม" contain "ชื่อ"
                }

                var start = SkipSeparators(text, at + cue.Length);
                if (Titles.Any(t => string.CompareOrdinal(text, start, t, 0, t.Length) == 0))
                {
                    continue; // the titled form is found by Titled
                }

                var end = FullName(text, start);
                // after a speaker label a bare word is usually speech ("ถูกครับ"), so ask for a surname or a closing particle
                if (end is not null && (!cue.StartsWith("ผู้แจ้ง", StringComparison.Ordinal) || text[start..end.Value].Contains(' ', StringComparison.Ordinal) || EndsTurn(text, end.Value)))
                {
                    yield return Span(text, start, end.Value, 0.75);
                }
            }
        }
    }

    /// <summary>A closing line "ปิยะนุช รักษ์ไทย (Piyanuch)" or "อนุชา 089-331-7520" in the last lines of a message.</summary>
    static IEnumerable<PiiSpan> Signatures(string text)
    {
        var lineStart = 0;
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; lineStart += lines[n].Length + 1, n++)
        {
            if (n == 0 || n < lines.Length - 4 || !SignatureLine().IsMatch(lines[n]))
            {
                continue;
            }

            var end = FullName(text, lineStart);
            var firstRun = lines[n].Split(' ')[0].Length;
            if (end is not null && end.Value - lineStart >= firstRun)
            {
                var span = Span(text, lineStart, end.Value, 0.6);
                yield return span;
                var latin = LatinNameInParentheses().Match(text, span.End);
                if (latin.Success && latin.Index == span.End)
                {
                    var name = latin.Groups["name"];
                    yield return new PiiSpan(PiiKind.PersonName, name.Index, name.Length, name.Value, 0.6);
                }
            }
        }
    }

    /// <summary>End of a given name plus, after one space, a surname when the next word can be one.</summary>
    static int? FullName(string text, int start)
    {
        var end = GivenName(text, start);
        if (end is null)
        {
            return null;
        }

        var surnameEnd = text.ElementAtOrDefault(end.Value) == ' ' ? GivenName(text, end.Value + 1) : null;
        var result = surnameEnd ?? end.Value;
        return text.ElementAtOrDefault(result) == 'ฯ' ? result + 1 : result; // "นางวรรณาฯ" abbreviates a name said before
    }

    /// <summary>End of the Thai word run at <paramref name="start"/>, cut before the first word that is not part of a name.</summary>
    static int? GivenName(string text, int start)
    {
        var runEnd = start;
        while (runEnd < text.Length && IsThaiLetter(text[runEnd]))
        {
            runEnd++;
        }

        if (runEnd - start < 2)
        {
            return null;
        }

        var end = start;
        foreach (var word in ThaiWordBreaker.Words(text[start..runEnd]))
        {
            // "พรหม|มา" and "ทอง|มา" end surnames: a verb that is the whole rest of the run belongs to the name
            var restOfRun = end + word.Length == runEnd && end > start;
            if (IsParticle(word) || (!restOfRun && (NotNames.Contains(word) || (word.Length > 1 && ThaiStopWords.Contains(word)) || StartsWithNotName(text, end, runEnd, end > start))))
            {
                break;
            }

            end += word.Length;
        }

        return end - start >= 2 && end - start <= 24 ? end : null;
    }

    // ICU splits compounds variously ("เจ้า|หน้าที่"), so inside a name a known non-name word is also found by prefix
    // (at a name's first letter only longer words count, so "มาลินี" is not cut at "มา")
    static bool StartsWithNotName(string text, int at, int runEnd, bool insideName) =>
        NotNames.Any(n => n.Length >= (insideName ? 2 : 3) && n.Length <= runEnd - at && string.CompareOrdinal(text, at, n, 0, n.Length) == 0);

    static bool IsParticle(string word) => word is "ครับ" or "ค่ะ" or "คะ" or "คับ" or "จ้ะ" or "นะ" or "ค่า" or "นะคะ" or "นะครับ";

    static bool EndsTurn(string text, int end)
    {
        var rest = text.AsSpan(end);
        rest = rest.TrimStart(' ');
        foreach (var particle in (string[])["ครับ", "ค่ะ", "คะ", "นะคะ", "นะครับ"])
        {
            if (rest.StartsWith(particle, StringComparison.Ordinal))
            {
                rest = rest[particle.Length..];
                break;
            }
        }

        return rest.Length < text.Length - end || rest.IsEmpty || rest[0] == '\n';
    }

    static bool EndsWithAny(string text, int i, string[] words) =>
        words.Any(w => i >= w.Length && string.CompareOrdinal(text, i - w.Length, w, 0, w.Length) == 0);

    static int SkipSeparators(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or ':' or '：')
        {
            i++;
        }

        return i;
    }

    static PiiSpan Span(string text, int start, int end, double confidence) =>
        new(PiiKind.PersonName, start, end - start, text[start..end], confidence);

    static bool IsThaiLetter(char c) => c is >= '\u0E01' and <= '\u0E4E' and not '\u0E2F';

    static string[] ByLengthDescending(string file) => EmbeddedText.Lines(file).OrderByDescending(s => s.Length).ToArray();

    // One or two Thai words, then end of line, a phone number, an e-mail or a name in Latin letters in parentheses.
    [GeneratedRegex(@"^[\u0E01-\u0E4E]{2,}(?: [\u0E01-\u0E4E]{2,})?(?:\s*|\s+\+?[0-9\u0E50-\u0E59][0-9\u0E50-\u0E59 -]{7,}|\s*\([^)]*\)|\s+[A-Za-z0-9._%+\-]+@\S+)\s*$")]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"\s?\((?<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")]
    private static partial Regex LatinNameInParentheses();
}
