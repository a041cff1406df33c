using Hub.Normalizer.Text;

namespace Hub.Normalizer.Classification;

/// <summary>One Thai cue phrase that points at a target (a category or a unit code) with a weight.</summary>
public sealed record WeightedCue(string Target, double Weight, string Phrase);

/// <summary>
/// Cue phrases from an embedded CSV (<c>target,weight,phrase</c>), matched against text with its spaces removed,
/// because Thai writers space words freely ("คันนา ยาว", "นาคนิวาส6") and cues are written without spaces.
/// </summary>
public sealed class WeightedCues(IReadOnlyList<WeightedCue> cues)
{
    public static WeightedCues Load(string fileName)
    {
        using var reader = EmbeddedText.Open(fileName);
        var cues = CsvRows.Read(reader)
            .Where(r => r.Length >= 3 && !r[0].StartsWith('#') && r[0] != "target")
            .Select(r => new WeightedCue(r[0].Trim(), double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), Compact(r[2].Trim())))
            .ToList();
        return new WeightedCues(cues);
    }

    public IReadOnlyList<WeightedCue> All => cues;

    /// <summary>
    /// Every cue found in the compact text. A cue found only inside a longer found cue does not count on its own:
    /// "วัฒนา" inside "ทวีวัฒนา" is not วัฒนา, "ใบอนุญาต" inside "ขออนุญาต…" is one cue.
    /// </summary>
    public IReadOnlyList<WeightedCue> FoundIn(string compactText)
    {
        var found = cues.Where(c => compactText.Contains(c.Phrase, StringComparison.OrdinalIgnoreCase)).ToList();
        return found.Where(c => !found.Any(o => o.Phrase.Length > c.Phrase.Length
            && o.Phrase.Contains(c.Phrase, StringComparison.OrdinalIgnoreCase)
            && Occurrences(compactText, c.Phrase) <= Occurrences(compactText, o.Phrase))).ToList();
    }

    public static int Occurrences(string compactText, string phrase)
    {
        var count = 0;
        for (var at = compactText.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = compactText.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    public static string Compact(string text) => text.Replace(" ", "", StringComparison.Ordinal);
}
