namespace Hub.Normalizer.Dedup;

/// <summary>Words as dense ids, so a complaint's words are a sorted int array the scorer can merge-join.</summary>
public sealed class Vocabulary
{
    readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    readonly List<string> words = [];

    public int Count => words.Count;

    public string this[int id] => words[id];

    /// <summary>The sorted distinct ids of <paramref name="text"/>, adding unseen words.</summary>
    public int[] Ids(IReadOnlyList<string> text)
    {
        var result = new int[text.Count];
        for (var i = 0; i < text.Count; i++)
        {
            if (!ids.TryGetValue(text[i], out var id))
            {
                ids[text[i]] = id = words.Count;
                words.Add(text[i]);
            }

            result[i] = id;
        }

        Array.Sort(result);
        var distinct = 0;
        for (var i = 0; i < result.Length; i++)
        {
            if (i == 0 || result[i] != result[i - 1])
            {
                result[distinct++] = result[i];
            }
        }

        return distinct == result.Length ? result : result[..distinct];
    }
}
