using Hub.Contracts.Complaints;
using Hub.Normalizer.Pii;

namespace Hub.Normalizer.Classification;

/// <summary>Everything the classifier decided about one complaint, each decision with the signals behind it.</summary>
public sealed record ComplaintClassification(CategoryDecision Category, UnitDecision Unit, Accused Accused)
{
    public IReadOnlyList<string> Signals =>
    [
        .. Category.Signals,
        .. Unit.Signals.Select(s => $"unit {Unit.UnitCode}: {s}"),
        .. Accused.Role is null ? [] : new[] { "accused role: " + Accused.Role },
        .. Accused.NamedOfficials.Select(o => "named official: " + o),
    ];
}

/// <summary>
/// The category from learned text models (see <see cref="CategoryClassifier"/>); the unit and the accused role from
/// gazetteers, which are reviewable Thai administrative knowledge that a few thousand examples could not teach
/// for 75 units.
/// </summary>
public static class ComplaintClassifier
{
    public static ComplaintClassification Classify(
        string canonicalText, string rawText, ComplaintLocation? location, IReadOnlyList<PiiSpan> pii, CategoryClassifier? categories = null) =>
        Classify(canonicalText, Text.ThaiWordBreaker.Words(canonicalText), rawText, location, pii, categories);

    /// <summary>The same, for a text already broken into words.</summary>
    public static ComplaintClassification Classify(
        string canonicalText, IReadOnlyList<string> words, string rawText, ComplaintLocation? location, IReadOnlyList<PiiSpan> pii, CategoryClassifier? categories = null) =>
        new((categories ?? CategoryClassifier.Shipped).Classify(canonicalText, words), UnitResolver.Resolve(canonicalText, location), AccusedReader.Read(rawText, pii));
}
