namespace Hub.CaseStore.Identity;

/// <summary>An encrypted reporter contact (AES-256-GCM), with the id of the key that sealed it so keys can rotate.</summary>
public sealed class ReporterIdentity
{
    public Guid Id { get; init; }
    public required string KeyId { get; init; }
    public required byte[] Nonce { get; init; }
    public required byte[] Ciphertext { get; init; }
    public required byte[] Tag { get; init; }
    public required string Pseudonym { get; init; }
    public DateTime CreatedAtUtc { get; init; }
}
