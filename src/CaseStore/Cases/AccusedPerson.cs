namespace Hub.CaseStore.Cases;

/// <summary>
/// An official a case accuses. The name and identifiers live sealed in the identity vault; the case keeps only the
/// position, which staff may read, and keyed pseudonyms of the e-mail and phone, which recognise the person among
/// staff accounts and reporters without anyone seeing the identifier.
/// </summary>
public sealed class AccusedPerson
{
    public Guid Id { get; init; }
    public Guid CaseId { get; init; }
    public Guid IdentityId { get; init; }
    public required string Position { get; init; }
    public string? EmailPseudonym { get; init; }
    public string? PhonePseudonym { get; init; }
    public DateTime AddedAtUtc { get; init; }

    /// <summary>The same person on another case, so linking or splitting never drops the guard.</summary>
    public AccusedPerson CopyTo(Guid caseId) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, IdentityId = IdentityId, Position = Position,
        EmailPseudonym = EmailPseudonym, PhonePseudonym = PhonePseudonym, AddedAtUtc = AddedAtUtc,
    };
}
