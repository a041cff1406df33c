using System.Security.Cryptography;
using System.Text;
using Hub.Contracts.Complaints;
using Hub.Normalizer.Classification;
using Hub.Normalizer.Text;

namespace Hub.Normalizer.Intake;

/// <summary>Turns a received complaint into its normalized reading. Pure: the same input always gives the same output.</summary>
public static class ComplaintNormalizing
{
    public static ComplaintNormalized Normalize(ComplaintReceived complaint)
    {
        var canonical = ThaiCanonicalizer.Canonicalize(string.IsNullOrWhiteSpace(complaint.Subject)
            ? complaint.Text
            : complaint.Subject + "\n" + complaint.Text);
        var decision = SignalWordClassifier.Classify(canonical);
        return new ComplaintNormalized
        {
            Complaint = complaint,
            CanonicalText = canonical,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))),
            Category = decision.Category,
            IsCorruption = decision.IsCorruption,
            ClassificationSignals = decision.Signals,
        };
    }
}
