using Hub.Normalizer.Classification;
using Hub.Normalizer.Pii;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Dedup;

/// <summary>Builds the duplicate linker's fingerprint from a complaint's canonical text, classification and PII.</summary>
public static class FingerprintBuilder
{
    public static IncidentFingerprint Build(
        string complaintId, string channel, string? reporterKey, DateTimeOffset receivedAt,
        string canonicalText, IReadOnlyList<string> allWords, ComplaintClassification classification, IReadOnlyList<PiiSpan> pii, TermRarity? terms = null)
    {
        var words = ThaiWordBreaker.ContentWords(allWords);
        return new IncidentFingerprint
        {
            ComplaintId = complaintId,
            Channel = channel,
            ReporterKey = reporterKey,
            ReceivedAt = receivedAt,
            Unit = classification.Unit.UnitCode,
            Category = classification.Category.Category,
            Words = words,
            Signature = MinHasher.Signature(words),
            Places = EntityExtractor.Places(canonicalText),
            Officials = EntityExtractor.People(pii),
            Identifiers = EntityExtractor.Identifiers(pii),
            Amounts = ThaiNumberWords.Amounts(canonicalText).Distinct().ToList(),
            Terms = (terms ?? TermRarity.Shipped).Distinctive(words),
        };
    }
}
