using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Normalizer.Evaluation;

namespace Hub.Normalizer.Training;

/// <summary>
/// One labelled complaint of the training data. <see cref="Source"/> is the set it came from (a writer's folder,
/// the dev set, the real Traffy tickets): duplicates are only ever labelled within one source. <see cref="HasFullLabels"/>
/// is false for the real Traffy tickets, whose labels say only whether they allege wrongdoing and in which category.
/// </summary>
public sealed record Example(ComplaintLine Complaint, LabelLine Label, string Source, bool HasFullLabels)
{
    public string GroupKey => Source + "/" + Label.DupGroup;
}

/// <summary>Reads the committed training data under <c>tests/data</c>.</summary>
public static class Corpus
{
    public const string Blind = "complaints-blind";

    /// <summary>The written corpus (every folder of <c>complaints-train</c>), the dev set and the labelled real Traffy tickets.</summary>
    public static IReadOnlyList<Example> Training(string dataRoot)
    {
        var written = Directory.GetDirectories(Path.Combine(dataRoot, "complaints-train")).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "labels.jsonl")))
            .SelectMany(d => Folder(d, "train/" + Path.GetFileName(d)));
        return [.. written, .. Folder(Path.Combine(dataRoot, "complaints-dev"), "dev"), .. TraffyTraining(Path.Combine(dataRoot, "traffy-real"))];
    }

    /// <summary>A folder of <c>complaints.jsonl</c> + <c>labels.jsonl</c> with the dev set's conventions.</summary>
    public static IReadOnlyList<Example> Folder(string folder, string source)
    {
        var complaints = OfflineNormalizer.ReadLines<ComplaintLine>(Path.Combine(folder, "complaints.jsonl")).ToList();
        var labels = OfflineNormalizer.ReadLines<LabelLine>(Path.Combine(folder, "labels.jsonl")).ToDictionary(l => l.Id);
        return complaints.Where(c => labels.ContainsKey(c.Id)).Select(c => new Example(c, labels[c.Id], source, true)).ToList();
    }

    /// <summary>Real Traffy tickets of one side of the split, as complaints; the labels only where a labeller gave them.</summary>
    public static IReadOnlyList<(TraffyTicket Ticket, ComplaintLine Complaint)> TraffyTickets(string traffyFolder, string side) =>
        OfflineNormalizer.ReadLines<TraffyTicket>(Path.Combine(traffyFolder, side + ".jsonl"))
            .Select(t => (t, new ComplaintLine("traffy-" + t.Key, "traffy", t.ReceivedAt, null, t.Text, null,
                t.District is null ? null : new LocationLine(t.District, null, null))))
            .ToList();

    static IEnumerable<Example> TraffyTraining(string folder)
    {
        var labels = Directory.GetFiles(folder, "train-labels-*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(f => OfflineNormalizer.ReadLines<TraffyLabel>(f))
            .ToDictionary(l => l.Key);
        return TraffyTickets(folder, "train").Where(t => labels.ContainsKey(t.Ticket.Key)).Select(t =>
        {
            var label = labels[t.Ticket.Key];
            return new Example(t.Complaint, new LabelLine(t.Complaint.Id, label.IsCorruption, label.Category, "UNKNOWN", t.Complaint.Id, []), "traffy", false);
        });
    }
}

/// <summary>One line of <c>traffy-real/train.jsonl</c> or <c>eval.jsonl</c> (see make_split.py there).</summary>
public sealed record TraffyTicket(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("district")] string? District,
    [property: JsonPropertyName("timestamp")] string? Timestamp)
{
    public DateTimeOffset ReceivedAt =>
        DateTimeOffset.TryParse(Timestamp?.Replace("+00", "+00:00", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? at : new DateTimeOffset(2022, 7, 1, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>One line of <c>traffy-real/train-labels-*.jsonl</c>: a labeller's reading of one real ticket.</summary>
public sealed record TraffyLabel(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("is_corruption")] bool IsCorruption,
    [property: JsonPropertyName("category")] string Category);
