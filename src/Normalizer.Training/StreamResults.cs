using Hub.Normalizer.Evaluation;

namespace Hub.Normalizer.Training;

/// <summary>
/// Complaints run through the normalizer in arrival order, one stream per source (duplicates are labelled within a
/// source only), with their gold labels and links; case ids and group ids are made unique across streams.
/// </summary>
public sealed class StreamResults
{
    readonly List<ResultLine> results = [];
    readonly List<LabelLine> labels = [];
    int suggestionHits;
    int suggestionNeeded;

    public IReadOnlyList<ResultLine> Results => results;
    public IReadOnlyList<LabelLine> Labels => labels;

    /// <summary>Of the complaints that retell an incident already in the stream, the share linked to it or offered it among the top suggestions.</summary>
    public double SuggestionRecall => suggestionNeeded == 0 ? 1 : suggestionHits / (double)suggestionNeeded;

    /// <summary>One stream per source, or with <paramref name="pooled"/> all sources in one stream (ids must then be unique across sources).</summary>
    public static StreamResults Run(IReadOnlyList<Example> examples, ModelSet models, string run, bool pooled = false)
    {
        var all = new StreamResults();
        foreach (var source in examples.GroupBy(e => pooled ? "pooled" : e.Source))
        {
            var ordered = source.OrderBy(e => e.Complaint.ReceivedAt).ThenBy(e => e.Complaint.Id, StringComparer.Ordinal).ToList();
            var gold = ordered.ToDictionary(e => e.Complaint.Id, e => e.Label with { DupGroup = e.GroupKey });
            var seenGroups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (result, link) in OfflineNormalizer.Link(ordered.Select(e => e.Complaint), models.Categories, models.Duplicates, models.Terms))
            {
                var group = gold[result.Id].DupGroup;
                if (seenGroups.TryGetValue(group, out var earlier))
                {
                    all.suggestionNeeded++;
                    var offered = (link.MatchedComplaintId is null ? [] : new[] { link.MatchedComplaintId })
                        .Concat((link.Suggestions ?? []).Select(s => s.ComplaintId));
                    all.suggestionHits += offered.Any(earlier.Contains) ? 1 : 0;
                }

                (seenGroups.TryGetValue(group, out var list) ? list : seenGroups[group] = []).Add(result.Id);
                var prefix = run + "/" + source.Key + "/";
                all.results.Add(result with { Id = prefix + result.Id, Case = prefix + result.Case });
                all.labels.Add(gold[result.Id] with { Id = prefix + result.Id, DupGroup = prefix + group });
            }
        }

        return all;
    }

    public void Add(StreamResults other)
    {
        results.AddRange(other.results);
        labels.AddRange(other.labels);
        suggestionHits += other.suggestionHits;
        suggestionNeeded += other.suggestionNeeded;
    }
}
