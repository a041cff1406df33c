using System.Security.Cryptography;
using System.Text;
using Hub.Contracts.Complaints;

namespace Hub.Normalizer.Intake;

/// <summary>Turns a received complaint into its normalized reading. Pure: the same input always gives the same output.</summary>
public static class ComplaintNormalizing
{
    public static ComplaintNormalized Normalize(ComplaintReceived complaint)
    {
        var reading = ComplaintReader.Read(
            complaint.ComplaintId.ToString(), complaint.Channel, complaint.Reporter.Pseudonym, complaint.ReceivedAtUtc,
            complaint.Subject, complaint.Text, complaint.Location);
        var classification = reading.Classification;
        var fingerprint = reading.Fingerprint;
        return new ComplaintNormalized
        {
            Complaint = complaint,
            CanonicalText = reading.CanonicalText,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reading.CanonicalText))),
            Category = classification.Category.Category,
            IsCorruption = classification.Category.IsCorruption,
            UnitCode = classification.Unit.UnitCode,
            ClassificationSignals = classification.Signals,
            NeedsScreening = classification.Category.NeedsScreening,
            RedactedText = reading.RedactedText,
            PiiCount = reading.Pii.Count,
            AccusedRole = classification.Accused.Role,
            NamedOfficials = classification.Accused.NamedOfficials,
            DedupSignature = fingerprint.Signature,
            DedupEntityKeys = fingerprint.EntityKeys.ToList(),
            DedupFacts = new IncidentFacts
            {
                Words = fingerprint.Words,
                Places = fingerprint.Places,
                Officials = fingerprint.Officials,
                Identifiers = fingerprint.Identifiers,
                Amounts = fingerprint.Amounts,
                Terms = fingerprint.Terms,
            },
        };
    }
}
