using Hub.CaseStore.Identity;
using Hub.Contracts.Complaints;

namespace Hub.Ingestion.Accepting;

/// <summary>What any door hands to <see cref="ComplaintAcceptor"/>: the complaint, and the contact still in the clear.</summary>
public sealed record ComplaintSubmission
{
    public required string Channel { get; init; }
    public required string ChannelMessageId { get; init; }
    public string? Subject { get; init; }
    public required string Text { get; init; }
    public bool Anonymous { get; init; }
    public ReporterContact? Contact { get; init; }
    public ComplaintLocation? Location { get; init; }
    public IReadOnlyList<AttachmentReference> Attachments { get; init; } = [];

    /// <summary>A receipt code or case number this message follows up; see <see cref="ComplaintReceived.RelatesTo"/>.</summary>
    public string? RelatesTo { get; init; }
    /// <summary>See <see cref="ComplaintReceived.References"/>.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>See <see cref="ComplaintReceived.CallerConfirmed"/>.</summary>
    public bool? CallerConfirmed { get; init; }

    /// <summary>When the channel received it; defaults to now.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }
}
