using Hub.Contracts.Complaints;
using Hub.Normalizer.Classification;
using Hub.Normalizer.Dedup;
using Hub.Normalizer.Pii;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Intake;

/// <summary>Everything the normalizer reads from one complaint, before it is linked to a case.</summary>
public sealed record ComplaintReading(
    string CanonicalText,
    IReadOnlyList<PiiSpan> Pii,
    string RedactedText,
    ComplaintClassification Classification,
    IncidentFingerprint Fingerprint);

/// <summary>The normalizer's reading pipeline, shared by the live consumer and the offline <c>hub normalize</c>.</summary>
public static class ComplaintReader
{
    public static ComplaintReading Read(
        string complaintId, string channel, string? reporterKey, DateTimeOffset receivedAt,
        string? subject, string text, ComplaintLocation? location,
        CategoryClassifier? categories = null, TermRarity? terms = null)
    {
        var canonical = CanonicalOf(subject, text);
        // PII is found in the text as written, so every span is an exact substring a redaction can cut out
        var pii = PiiScanner.Scan(text);
        // word breaking is the costly step: once, for the text models and the fingerprint alike
        var words = ThaiWordBreaker.Words(canonical);
        var classification = ComplaintClassifier.Classify(canonical, words, text, location, pii, categories);
        var fingerprint = FingerprintBuilder.Build(complaintId, channel, reporterKey, receivedAt, canonical, words, classification, pii, terms);
        return new ComplaintReading(canonical, pii, PiiScanner.Redact(text, pii), classification, fingerprint);
    }

    /// <summary>The text every model reads: the subject (when there is one) and the body, canonicalized.</summary>
    public static string CanonicalOf(string? subject, string text) =>
        ThaiCanonicalizer.Canonicalize(string.IsNullOrWhiteSpace(subject) ? text : subject + "\n" + text);
}
