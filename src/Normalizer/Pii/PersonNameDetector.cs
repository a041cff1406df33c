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
    static readonly HashSet<string> KnownNames = EmbeddedText.Lines("given-names-th.txt").Concat(EmbeddedText.Lines("nicknames-th.txt")).ToHashSet(StringComparer.Ordinal);
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNameLookup = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly HashSet<string> GivenNames = EmbeddedText.Lines("given-names-th.txt").ToHashSet(StringComparer.Ordinal);
    static readonly int LongestKnownName = KnownNames.Max(n => n.Length);
    static readonly string[] StrongCues = ["ชื่อเล่น", "เรียก", "รู้จักในชื่อ", "ป้ายชื่อเขียนว่า"];
    // function words and place words that begin a clause, never a surname ("เอกชัย เขาพูดว่า", "นางลิ้นจี่ ซอย 11")
    static readonly HashSet<string> NeverStartsSurname = new(["ไม่", "ซึ่ง", "เขา", "ที่", "ก็", "จะ", "ได้", "ว่า", "เป็น", "คือ", "เรียก", "บอก", "พูด", "แต่", "ไป", "มา", "ซอย", "ถนน", "เขต", "แขวง", "ขาย"], StringComparer.Ordinal);
    static readonly string[] FirstPerson = ["ผม", "ดิฉัน", "ฉัน", "หนู", "กระผม", "เรา"];
    static readonly string[] PlaceWords = ["ถนน", "ถ.", "แยก", "ซอย", "ซ.", "สะพาน", "ตลาด", "วัด", "โรงเรียน", "ร.ร."];

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

        foreach (var span in Cued(text).Concat(Signatures(text)).Concat(LatinSignatures(text)))
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

        if (EndsWithAny(text, start, PlaceWords) || (start > 0 && text[start - 1] == ' ' && EndsWithAny(text, start - 1, PlaceWords)))
        {
            return null; // "ถนนนางลิ้นจี่", "ซอยนายเลิศ": a place named after someone
        }

        var nameStart = start + title.Length;
        var afterSpace = text.ElementAtOrDefault(nameStart) == ' ' ? nameStart + 1 : nameStart;
        var latin = LatinName().Match(text, afterSpace);
        if (latin.Success && latin.Index == afterSpace && (afterSpace == nameStart + 1 || title.EndsWith('.')))
        {
            return Span(text, start, latin.Index + latin.Length, 0.85); // "นาย Michael Tan"
        }

        var end = FullName(text, afterSpace > nameStart && (title.EndsWith('.') || title.EndsWith("ารย์", StringComparison.Ordinal)) ? afterSpace : nameStart, trusted: true);
        return end is null ? null : Span(text, start, end.Value, 0.9);
    }

    /// <summary>"พี่หน่อง", "หัวหน้าวิรัช", "เสี่ยหมู": a prefix that only precedes a person.</summary>
    static PiiSpan? Nicknamed(string text, int start)
    {
        var prefix = NicknamePrefixes.FirstOrDefault(p => string.CompareOrdinal(text, start, p, 0, p.Length) == 0);
        if (prefix is null || (start > 0 && IsThaiLetter(text[start - 1]) && !IsWordBoundary(text, start)))
        {
            return null;
        }

        var nameStart = start + prefix.Length;
        if (text.ElementAtOrDefault(nameStart) == ' ')
        {
            // "ป้า ประนอม", "หัวหน้า สมบัติ": a spaced name must be a known one
            var spaced = KnownNameLength(text, nameStart + 1);
            return spaced > 0 ? Span(text, start, nameStart + 1 + spaced, 0.7) : null;
        }

        if (!IsWordBoundary(text, nameStart))
        {
            return null; // "คุณภาพ", "ป้ายชื่อ", "หน้า": the prefix is part of a longer word
        }

        var known = KnownNameLength(text, nameStart);
        if (known > 0)
        {
            return Span(text, start, nameStart + known, 0.75);
        }

        // '"พี่ใหญ่"': a quoted prefix and word is a name someone is called by
        if (start > 0 && IsQuote(text[start - 1]))
        {
            var end = GivenName(text, nameStart);
            if (end is not null && end.Value - nameStart <= 10 && IsQuote(text.ElementAtOrDefault(end.Value)))
            {
                return Span(text, start, end.Value, 0.7);
            }
        }

        return null;
    }

    /// <summary>"ชื่อวรรณา", "ผมชื่อ ไพศาล บุญยืน ครับ", "ชื่อเล่นว่าโอ๋", 'เรียกว่า "เปี๊ยก"': the name without the cue.</summary>
    static IEnumerable<PiiSpan> Cued(string text)
    {
        foreach (var cue in Cues)
        {
            for (var at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                if ((at > 0 && text[at - 1] == 'เ') || Cues.Any(c => c.Length > cue.Length && string.CompareOrdinal(text, at, c, 0, c.Length) == 0))
                {
                    continue; // "เชื่อ", "เชื่อม" contain "ชื่อ"; "ชื่อเล่น" is read as the longer cue
                }

                var afterCue = at + cue.Length;
                var start = SkipSeparators(text, afterCue);
                var quoted = start > afterCue && IsQuote(text[start - 1]);
                if (Titles.Any(t => string.CompareOrdinal(text, start, t, 0, t.Length) == 0) || Nicknamed(text, start) is not null)
                {
                    continue; // the titled or prefixed form is found on its own
                }

                var known = KnownNameLength(text, start);
                if (quoted)
                {
                    var end = GivenName(text, start);
                    if (end is not null && end.Value - start <= 16 && IsQuote(text.ElementAtOrDefault(end.Value)) && !NotNames.Contains(text[start..end.Value]))
                    {
                        yield return Span(text, start, end.Value, 0.75);
                    }
                }
                else if (known > 0)
                {
                    // "อุไรวรรณ": a known name can begin a longer one the list lacks
                    var run = GivenName(text, start);
                    var nameEnd = run is not null && run.Value > start + known && run.Value - start <= 16 && !IsThaiLetter(text.ElementAtOrDefault(run.Value)) ? run.Value : start + known;
                    var surname = GivenNames.Contains(text[start..nameEnd]) || nameEnd > start + known ? Surname(text, nameEnd, trusted: true) : null;
                    yield return Span(text, start, surname ?? nameEnd, 0.75);
                }
                else if (StrongCues.Any(c => cue.StartsWith(c, StringComparison.Ordinal)))
                {
                    var end = GivenName(text, start);
                    if (end is not null && end.Value - start <= 10 && (!IsThaiLetter(text.ElementAtOrDefault(end.Value)) || EndsTurn(text, end.Value)))
                    {
                        yield return Span(text, start, end.Value, 0.65);
                    }
                }
                else
                {
                    // after a bare "ชื่อ" or a speaker label a lone word is usually something else ("ชื่อโครงการ", "ถูกครับ"),
                    // so ask for a surname or a closing particle
                    // "ผมชื่อ ชาญ ครับ", "ผู้แจ้ง: ชื่ออำพล ครับ": a speaker giving a name ends the turn with it
                    var speaker = EndsWithAny(text, at, FirstPerson) || (at >= 2 && text[at - 1] == ' ' && text[at - 2] is ':' or '：');
                    var end = FullName(text, start);
                    if (end is not null && (text[start..end.Value].Contains(' ', StringComparison.Ordinal) || (speaker && cue == "ชื่อ" && EndsTurn(text, end.Value) && ParticleFollows(text, end.Value))))
                    {
                        yield return Span(text, start, end.Value, 0.7);
                    }
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
            var previous = n - 1;
            while (previous > 0 && lines[previous].Trim().Length == 0)
            {
                previous--;
            }

            // a short last line is a signature only when it starts with a known name, carries a contact, or follows a closing
            var nextIsContact = n + 1 < lines.Length && ContactLine().IsMatch(lines[n + 1]);
            var afterThanks = lines[previous].TrimEnd().EndsWith("ครับ", StringComparison.Ordinal) || lines[previous].TrimEnd().EndsWith("ค่ะ", StringComparison.Ordinal);
            var lastAfterBreak = n == lines.Length - 1 && lines[n - 1].Trim().Length == 0 && afterThanks;
            var signed = KnownNameLength(text, lineStart) > 0 || Closing().IsMatch(lines[previous]) || nextIsContact || lastAfterBreak
                || (end is not null && text[lineStart..end.Value].Contains(' ', StringComparison.Ordinal) && lines[n].Length > end.Value - lineStart);
            if (end is not null && end.Value - lineStart >= firstRun && signed)
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

    /// <summary>
    /// A name in Latin letters on the line after a closing ("Regards,\nNatcha Wongsiri", "ขอแสดงความนับถือ\nKanokwan T.")
    /// or alone on the last line, with a Thai name in parentheses after it ("Michael Tan (ตันเจริญ)").
    /// </summary>
    static IEnumerable<PiiSpan> LatinSignatures(string text)
    {
        var lines = text.Split('\n');
        var starts = new int[lines.Length];
        for (var n = 1; n < lines.Length; n++)
        {
            starts[n] = starts[n - 1] + lines[n - 1].Length + 1;
        }

        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        for (var n = 1; n < lines.Length; n++)
        {
            var previous = n - 1;
            while (previous > 0 && lines[previous].Trim().Length == 0)
            {
                previous--;
            }

            var afterClosing = Closing().IsMatch(lines[previous]);
            if (!afterClosing && (n < last - 2 || lines[n - 1].Trim().Length > 0 || n < 2))
            {
                continue;
            }

            var name = LatinName().Match(lines[n]);
            if (!name.Success || name.Index != 0 || (!afterClosing && name.Length != lines[n].TrimEnd().Length && !ThaiNameInParentheses().IsMatch(lines[n], name.Length)))
            {
                continue;
            }

            yield return new PiiSpan(PiiKind.PersonName, starts[n], name.Length, name.Value, 0.6);
            var thai = ThaiNameInParentheses().Match(lines[n], name.Length);
            if (thai.Success && thai.Index == name.Length)
            {
                var group = thai.Groups["name"];
                yield return new PiiSpan(PiiKind.PersonName, starts[n] + group.Index, group.Length, group.Value, 0.6);
            }
        }
    }

    /// <summary>End of a given name plus, after one space, a surname when the next word can be one.</summary>
    static int? FullName(string text, int start, bool trusted = false)
    {
        var end = GivenName(text, start);
        if (end is null)
        {
            return null;
        }

        var result = Surname(text, end.Value, trusted || GivenNames.Contains(text[start..end.Value])) ?? end.Value;
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

    /// <summary>End of a surname after one space: a whole Thai word run ("มีสุข", "แสนสุข"), or an initial ("ก.").</summary>
    static int? Surname(string text, int end, bool trusted = false)
    {
        if (text.ElementAtOrDefault(end) != ' ')
        {
            return null;
        }

        var start = end + 1;
        var runEnd = start;
        while (runEnd < text.Length && IsThaiLetter(text[runEnd]))
        {
            runEnd++;
        }

        if (runEnd - start == 1 && text.ElementAtOrDefault(runEnd) == '.')
        {
            return runEnd + 1; // "ธนวัฒน์ ก."
        }

        var words = ThaiWordBreaker.Words(text[start..runEnd]);
        var nameEnd = runEnd;
        if (words.Count > 1 && IsParticle(words[^1]))
        {
            nameEnd -= words[^1].Length; // "มั่นคงครับ"
            words = words.Take(words.Count - 1).ToList();
        }

        if (nameEnd - start < 3 || nameEnd - start > 20 || words.Count == 0 || words.Any(IsParticle) || words.Any(w => w.Length == runEnd - start && ThaiStopWords.Contains(w))
            || (!trusted && ((NotNames.Contains(words[0]) && words[0].Length >= 3) || StartsWithNotName(text, start, nameEnd, false))) || GlueWords.Contains(words[0]) || NeverStartsSurname.Contains(words[0])
            || Titles.Any(t => string.CompareOrdinal(text, start, t, 0, t.Length) == 0))
        {
            return null;
        }

        return nameEnd;
    }

    /// <summary>Length of the longest known given name or nickname at <paramref name="start"/> that ends on a word boundary, or 0.</summary>
    static int KnownNameLength(string text, int start)
    {
        var runEnd = start;
        while (runEnd < text.Length && IsThaiLetter(text[runEnd]) && runEnd - start < 40)
        {
            runEnd++;
        }

        for (var length = Math.Min(LongestKnownName, runEnd - start); length >= 2; length--)
        {
            var end = start + length;
            if (KnownNameLookup.Contains(text.AsSpan(start, length)) && (end == runEnd || (!IsMark(text[end]) && IsWordBoundary(text, end))))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether ICU's dictionary puts a word break at <paramref name="at"/> inside its run of Thai letters.</summary>
    static bool IsWordBoundary(string text, int at)
    {
        var runStart = at;
        while (runStart > 0 && IsThaiLetter(text[runStart - 1]) && at - runStart < 40)
        {
            runStart--;
        }

        var runEnd = at;
        while (runEnd < text.Length && IsThaiLetter(text[runEnd]) && runEnd - at < 40)
        {
            runEnd++;
        }

        if (runStart == at || runEnd == at)
        {
            return true;
        }

        var position = runStart;
        foreach (var word in ThaiWordBreaker.Words(text[runStart..runEnd]))
        {
            position += word.Length;
            if (position >= at)
            {
                return position == at;
            }
        }

        return false;
    }

    // vowels and tone marks that continue a syllable: a name cannot end before one
    static bool IsMark(char c) => c is '\u0E30' or '\u0E31' or '\u0E32' or '\u0E33' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E45' and <= '\u0E4E');

    static bool IsQuote(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’' or '「' or '」';

    static bool ParticleFollows(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        return rest.StartsWith("ครับ", StringComparison.Ordinal) || rest.StartsWith("ค่ะ", StringComparison.Ordinal) || rest.StartsWith("คะ", StringComparison.Ordinal) || rest.StartsWith("จ้ะ", StringComparison.Ordinal);
    }

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
        while (i < text.Length && (text[i] is ' ' or ':' or '：' || IsQuote(text[i])))
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

    [GeneratedRegex(@"(?:^|[.!] )(?:(?:best|kind|warm|warmest)\s+)?(?:regards|sincerely|yours\s+(?:faithfully|sincerely|truly)|thank\s+you|thanks|best|cheers|respectfully)\s*[,.!]?\s*$|^\s*(?:ขอแสดงความนับถือ|ด้วยความนับถือ|ด้วยความเคารพ)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^\s*(?:โทร\.?|tel\.?|เบอร์)?\s*[:：]?\s*\+?[0-9\u0E50-\u0E59][0-9\u0E50-\u0E59 -]{7,}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    // "Natcha Wongsiri", "Nareerat P.", "Thomas Müller", "Sarah"
    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+|\s\p{Lu}\.)?(?![\p{L}])")]
    private static partial Regex LatinName();

    [GeneratedRegex(@"\s?\((?<name>[\u0E01-\u0E4E]{3,})\)")]
    private static partial Regex ThaiNameInParentheses();

    [GeneratedRegex(@"\s?\((?<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")]
    private static partial Regex LatinNameInParentheses();
}
