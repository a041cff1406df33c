namespace Hub.CaseStore.Audit;

/// <summary>
/// Bound from <c>Hub:Audit</c>. The chain key lives outside the database (a secret store, or a generated file under
/// <c>./var/keys/</c> in development): whoever can only write the database cannot recompute a valid chain.
/// </summary>
public sealed class AuditOptions
{
    public const string SectionName = "Hub:Audit";

    /// <summary>Base64 32-byte HMAC key of the chain and of its checkpoints. Must never change once entries exist.</summary>
    public string? ChainKey { get; set; }

    /// <summary>Where the development key is generated (mode 0600) when <see cref="ChainKey"/> is not configured.</summary>
    public string DevelopmentKeyFile { get; set; } = "var/keys/audit-chain.key";

    /// <summary>
    /// Append-only file of signed head checkpoints, kept apart from the database; <c>hub audit verify</c> checks the
    /// database against its last line, so removing the newest entries is detected.
    /// </summary>
    public string CheckpointFile { get; set; } = "var/audit/checkpoints.jsonl";

    /// <summary>
    /// Entries written before the chain was keyed (unkeyed SHA-256, older Hub). They verify as legacy up to this
    /// sequence only; a legacy-looking entry after it is a forgery. Set once at upgrade to the entry count then.
    /// </summary>
    public long LegacyEntries { get; set; }
}
