namespace Hub.Contracts.Complaints;

/// <summary>
/// Who reported, without saying who: a pointer into the identity vault and a keyed pseudonym
/// that recognises the same reporter across channels.
/// </summary>
/// <param name="Anonymous">The reporter asked not to be identified; no vault entry exists.</param>
/// <param name="IdentityId">Vault entry holding the encrypted contact, if any was given.</param>
/// <param name="Pseudonym">HMAC of the normalised contact; never reversible without the vault key.</param>
public sealed record ReporterReference(bool Anonymous, Guid? IdentityId, string? Pseudonym)
{
    public static ReporterReference AnonymousReporter { get; } = new(true, null, null);
}
