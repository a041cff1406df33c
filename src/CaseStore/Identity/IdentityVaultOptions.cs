namespace Hub.CaseStore.Identity;

/// <summary>
/// Bound from <c>Hub:IdentityVault</c>. Keys are base64 32-byte values from a secret store; when none are
/// configured (the embedded default) a key file is generated under <c>./var/keys/</c>.
/// </summary>
public sealed class IdentityVaultOptions
{
    public const string SectionName = "Hub:IdentityVault";

    /// <summary>Key id → base64 key. Old keys stay here after rotation so older entries still open.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    public string? ActiveKeyId { get; set; }

    /// <summary>Base64 key of the HMAC that turns a contact into a pseudonym.</summary>
    public string? PseudonymKey { get; set; }

    public string DevelopmentKeyFile { get; set; } = "var/keys/identity-vault.json";
}
