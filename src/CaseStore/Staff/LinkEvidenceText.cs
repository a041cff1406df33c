namespace Hub.CaseStore.Staff;

/// <summary>
/// The near-duplicate link's evidence as staff read it. The scorer names a shared identifier by its value ("same
/// identifier: 1101700203451"); the page says only that one was shared, and numbers or addresses on any other line are redacted like the text.
/// </summary>
public static class LinkEvidenceText
{
    const string SharedIdentifier = "same identifier";

    public static IEnumerable<string> Lines(string? evidence) =>
        (evidence ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => ComplaintRedaction.RedactNumbers(Stored(line)));

    /// <summary>What intake stores of one evidence line: a shared identifier without its value (older rows are fixed on display).</summary>
    public static string Stored(string line) => line.StartsWith(SharedIdentifier, StringComparison.Ordinal) ? SharedIdentifier : line;
}
