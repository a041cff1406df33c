namespace Hub.CaseStore.Identity;

/// <summary>A request to see one reporter's identity: needs a reason and a second Center user's approval.</summary>
public sealed class IdentityRevealRequest
{
    public Guid Id { get; init; }
    public Guid CaseId { get; init; }
    public Guid ReporterIdentityId { get; init; }
    public required string RequestedBy { get; init; }
    public required string Reason { get; init; }
    public DateTime RequestedAtUtc { get; init; }
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }
}
