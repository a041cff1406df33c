using System.Text;

namespace Hub.Normalizer.Pii;

/// <summary>All identifying spans of a text, without overlaps, and the text with them blacked out for views that may not see identities.</summary>
public static class PiiScanner
{
    public static IReadOnlyList<PiiSpan> Scan(string text)
    {
        var found = NumberPiiDetector.Find(text)
            .Concat(ContactPiiDetector.Find(text))
            .Concat(LicencePlateDetector.Find(text))
            .Concat(PersonNameDetector.Find(text))
            .OrderByDescending(s => s.Kind != PiiKind.PersonName) // structured numbers and addresses win over a guessed name
            .ThenByDescending(s => s.Length)
            .ThenByDescending(s => s.Confidence);
        var kept = new List<PiiSpan>();
        foreach (var span in found)
        {
            if (!kept.Any(span.Overlaps))
            {
                kept.Add(span);
            }
        }

        return kept.OrderBy(s => s.Start).ToList();
    }

    /// <summary>The text with each span replaced by its kind in brackets, e.g. "[PHONE]", so readers still follow the story.</summary>
    public static string Redact(string text, IReadOnlyList<PiiSpan> spans)
    {
        var redacted = new StringBuilder(text.Length);
        var at = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            redacted.Append(text, at, span.Start - at).Append('[').Append(Label(span.Kind)).Append(']');
            at = span.End;
        }

        return redacted.Append(text, at, text.Length - at).ToString();
    }

    static string Label(PiiKind kind) => kind switch
    {
        PiiKind.NationalId => "ID",
        PiiKind.Phone => "PHONE",
        PiiKind.Email => "EMAIL",
        PiiKind.BankAccount => "ACCOUNT",
        PiiKind.LineId => "LINE",
        PiiKind.LicencePlate => "PLATE",
        _ => "NAME",
    };
}
