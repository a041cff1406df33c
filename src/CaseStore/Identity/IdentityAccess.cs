namespace Hub.CaseStore.Identity;

/// <summary>
/// One opening of a sealed reporter identity: who, why, when, for which complaint. Never the identifier itself.
/// Written in the same transaction as whatever the opening was for.
/// </summary>
public sealed class IdentityAccess
{
    public long Id { get; init; }
    public Guid IdentityId { get; init; }
    public Guid? ComplaintId { get; init; }
    public required string Purpose { get; init; }
    public required string Actor { get; init; }
    public DateTime AtUtc { get; init; }
}
