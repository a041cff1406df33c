namespace Hub.CaseStore.Cases;

/// <summary>One report as it arrived through one channel, attached to exactly one case.</summary>
public sealed class Complaint
{
    public Guid Id { get; init; }
    public Guid CaseId { get; set; }
    public required string ReceiptCode { get; init; }
    public required string Channel { get; init; }
    public required string ChannelMessageId { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public string? Subject { get; init; }
    public required string Text { get; init; }
    public required string CanonicalText { get; init; }
    public required string ContentHash { get; init; }
    public bool ReporterAnonymous { get; init; }
    public Guid? ReporterIdentityId { get; init; }
    public string? ReporterPseudonym { get; init; }
    public string? District { get; init; }

    /// <summary>Oral complaints: did the caller confirm the operator's read-back? <c>false</c> shows as unconfirmed.</summary>
    public bool? CallerConfirmed { get; init; }

    public List<ComplaintReference> References { get; init; } = [];
    public List<ComplaintAttachment> Attachments { get; init; } = [];

    /// <summary>Why this complaint sits in its case (<c>opened</c>, <c>same-text-window</c>, …).</summary>
    public required string LinkReason { get; set; }

    /// <summary>For a near-duplicate link: the complaint it matched, the score and the evidence (one signal per line).</summary>
    public Guid? LinkedComplaintId { get; set; }
    public double? LinkScore { get; set; }
    public string? LinkEvidence { get; set; }

    /// <summary>The normalizer's explanation of its classification (one signal per line, Thai first), shown to staff.</summary>
    public string? ClassificationSignals { get; init; }

    /// <summary>The integrity call was close and the complaint was kept as one (recall first): staff should screen it.</summary>
    public bool NeedsScreening { get; init; }
}
