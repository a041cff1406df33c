using Hub.Contracts.Complaints;

namespace Hub.Normalizer.Dedup;

/// <summary>The fingerprint a normalized complaint carries across the bus, rebuilt where it is linked.</summary>
public static class NormalizedFingerprint
{
    /// <summary><c>null</c> when the message carries no words to compare (an older normalizer, or a test's hand-made message).</summary>
    public static IncidentFingerprint? Of(ComplaintNormalized normalized)
    {
        if (normalized.DedupFacts is not { Words.Count: > 0 } facts || normalized.DedupSignature.Count != MinHasher.SignatureLength)
        {
            return null;
        }

        var complaint = normalized.Complaint;
        return new IncidentFingerprint
        {
            ComplaintId = complaint.ComplaintId.ToString(),
            Channel = complaint.Channel,
            ReporterKey = complaint.Reporter.Pseudonym,
            ReceivedAt = complaint.ReceivedAtUtc,
            Unit = normalized.UnitCode ?? "UNKNOWN",
            Category = normalized.Category,
            Words = facts.Words,
            Signature = [.. normalized.DedupSignature],
            Places = facts.Places,
            Officials = facts.Officials,
            Identifiers = facts.Identifiers,
            Amounts = facts.Amounts,
            Terms = facts.Terms,
        };
    }
}
