using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Contracts.Complaints;
using Hub.Normalizer.Classification;
using Hub.Normalizer.Dedup;
using Hub.Normalizer.Intake;

namespace Hub.Normalizer.Evaluation;

/// <summary>
/// <c>hub normalize</c>: reads complaints in arrival order and links them with an in-memory index only, so a run
/// needs no database and leaves nothing behind.
/// </summary>
public static class OfflineNormalizer
{
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<ResultLine> Normalize(IEnumerable<ComplaintLine> complaints) =>
        Link(complaints, CategoryClassifier.Shipped, DuplicateScorer.Shipped, TermRarity.Shipped).Select(r => r.Result);

    /// <summary>Each complaint's result with its link (matched complaint, evidence, possible duplicates), under the given models.</summary>
    public static IEnumerable<(ResultLine Result, CaseLink Link)> Link(IEnumerable<ComplaintLine> complaints, CategoryClassifier categories, DuplicateScorer duplicates, TermRarity terms)
    {
        var index = new DedupIndex(duplicates);
        foreach (var complaint in complaints)
        {
            var location = complaint.Location is { } l ? new ComplaintLocation(l.District, l.Lat, l.Lon) : null;
            var reading = ComplaintReader.Read(complaint.Id, complaint.Channel, complaint.Reporter?.Key, complaint.ReceivedAt,
                complaint.Subject, complaint.Text, location, categories, terms);
            var incident = index.Link(reading.Fingerprint);
            var category = reading.Classification.Category;
            yield return (new ResultLine(complaint.Id, incident.Id, category.IsCorruption, category.Category,
                reading.Classification.Unit.UnitCode, reading.Pii.Select(p => p.Text).Distinct().ToList()), incident.Links[^1]);
        }
    }

    public static IEnumerable<T> ReadLines<T>(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<T>(l, Json)
            ?? throw new InvalidDataException($"Empty JSON line in {path}."));
}
