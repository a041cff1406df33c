using System.Globalization;
using System.Text.RegularExpressions;
using ICU4N.Text;

namespace Hub.Normalizer.Text;

/// <summary>
/// Dictionary word segmentation for Thai (which writes no spaces between words) with ICU's Thai dictionary.
/// Tokens are lower-cased, digit groups lose their thousands separators and Thai/Latin/digit runs are split,
/// so "แผงละ300" and "แผงละ 300" give the same tokens.
/// </summary>
public static partial class ThaiWordBreaker
{
    static readonly CultureInfo Thai = new("th");

    // A BreakIterator keeps position state, so each thread gets its own.
    [ThreadStatic] static BreakIterator? iterator;

    public static IReadOnlyList<string> Words(string canonicalText)
    {
        var text = ThousandsSeparator().Replace(canonicalText, "");
        var breaker = iterator ??= BreakIterator.GetWordInstance(Thai);
        breaker.SetText(text);
        var words = new List<string>();
        var start = breaker.First();
        for (var end = breaker.Next(); end != BreakIterator.Done; start = end, end = breaker.Next())
        {
            foreach (Match run in ScriptRun().Matches(text.AsSpan(start, end - start).ToString()))
            {
                words.Add(run.Value.ToLowerInvariant());
            }
        }

        return words;
    }

    /// <summary>Words without stop words: what carries the meaning of a complaint.</summary>
    public static IReadOnlyList<string> ContentWords(string canonicalText) => ContentWords(Words(canonicalText));

    public static IReadOnlyList<string> ContentWords(IReadOnlyList<string> words) =>
        words.Where(w => !ThaiStopWords.Contains(w)).ToList();

    [GeneratedRegex(@"(?<=\d),(?=\d{3})")]
    private static partial Regex ThousandsSeparator();

    // Thai letters (with their marks), Latin letters, or digits (with a decimal point).
    [GeneratedRegex(@"[\u0E01-\u0E4E]+|[A-Za-z]+|\d+(?:\.\d+)?")]
    private static partial Regex ScriptRun();
}
