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
/// Rules with gazetteers rather than a trained model: 160 labelled complaints are too few to train ten categories
/// and 75 units, and every rule here is a reviewable piece of Thai administrative knowledge with its own explanation.
/// </summary>
public static class ComplaintClassifier
{
    public static ComplaintClassification Classify(string canonicalText, string rawText, ComplaintLocation? location, IReadOnlyList<PiiSpan> pii) =>
        new(CategoryClassifier.Classify(canonicalText), UnitResolver.Resolve(canonicalText, location), AccusedReader.Read(rawText, pii));
}
