using Hub.Normalizer.Text;

namespace Hub.Normalizer.Classification;

/// <summary>One Thai cue phrase that points at a target (a category or a unit code) with a weight.</summary>
public sealed record WeightedCue(string Target, double Weight, string Phrase);

/// <summary>
/// Cue phrases from an embedded CSV (<c>target,weight,phrase</c>), matched against text with its spaces removed,
/// because Thai writers space words freely ("คันนา ยาว", "นาคนิวาส6") and cues are written without spaces.
/// Matching is one pass over the text through a trie of the (lower-cased) cues: from each text position the walk
/// follows the trie only as far as some cue still matches.
/// </summary>
public sealed class WeightedCues
{
    readonly IReadOnlyList<WeightedCue> cues;
    readonly TrieNode root = new();

    sealed class TrieNode
    {
        public Dictionary<char, TrieNode>? Children;
        public List<int>? Ends;
    }

    public WeightedCues(IReadOnlyList<WeightedCue> cues)
    {
        this.cues = cues;
        for (var i = 0; i < cues.Count; i++)
        {
            var node = root;
            foreach (var c in cues[i].Phrase.ToLowerInvariant())
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out var next))
                {
                    node.Children[c] = next = new TrieNode();
                }

                node = next;
            }

            if (node != root)
            {
                (node.Ends ??= []).Add(i);
            }
        }
    }

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
        var lower = compactText.ToLowerInvariant();
        var hit = new bool[cues.Count];
        var any = false;
        for (var at = 0; at < lower.Length; at++)
        {
            var node = root;
            for (var i = at; i < lower.Length && node.Children is not null && node.Children.TryGetValue(lower[i], out var next); i++)
            {
                node = next;
                if (node.Ends is not null)
                {
                    foreach (var index in node.Ends)
                    {
                        hit[index] = any = true;
                    }
                }
            }
        }

        if (!any)
        {
            return [];
        }

        var found = new List<WeightedCue>();
        for (var i = 0; i < hit.Length; i++)
        {
            if (hit[i])
            {
                found.Add(cues[i]);
            }
        }

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
