namespace Hub.CaseStore.Dedup;

/// <summary>
/// The evidence a suggestion keeps, as staff read it. A shared identifier (phone, plate, account) is named as shared but its
/// value is left out: the suggestion is shown on both cases' pages, and an identifier may point at a reporter.
/// </summary>
public static class SuggestionEvidence
{
    const string SharedIdentifier = "same identifier";
    const int Longest = 2000;

    public static string Stored(IEnumerable<string> evidence)
    {
        var joined = string.Join('\n', evidence.Select(e => e.StartsWith(SharedIdentifier, StringComparison.Ordinal) ? SharedIdentifier : e));
        return joined.Length <= Longest ? joined : joined[..Longest];
    }

    public static IReadOnlyList<string> Lines(string stored) => stored.Length == 0 ? [] : stored.Split('\n');
}
