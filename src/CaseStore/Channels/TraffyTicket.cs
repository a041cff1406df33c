namespace Hub.CaseStore.Channels;

/// <summary>
/// Hub's one record of a Traffy Fondue ticket, whichever way it came in (Exchange API, webhook, public feed, CSV).
/// A later state or activity updates this row; it never opens a second complaint.
/// </summary>
public sealed class TraffyTicket
{
    public required string TicketId { get; init; }

    /// <summary>The Thai state label as Traffy shows it.</summary>
    public required string State { get; set; }
    public DateTime? CreatedAtUtc { get; set; }
    public DateTime? LastActivityUtc { get; set; }

    /// <summary>Which door last told us about it: <c>exchange</c>, <c>webhook</c>, <c>feed</c>, <c>file</c>.</summary>
    public required string Source { get; set; }

    /// <summary>The ticket as last received, for audit and re-processing. May hold citizen text: never logged or published.</summary>
    public required string RawJson { get; set; }

    /// <summary>The classifier (or Traffy's own routing) found an allegation of misconduct; such tickets became complaints.</summary>
    public bool IsMisconduct { get; init; }
    public Guid? ComplaintId { get; init; }
    public DateTime FirstSeenAtUtc { get; init; }
    public DateTime UpdatedAtUtc { get; set; }
}
