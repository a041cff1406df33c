using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Audit;

/// <summary>
/// The audit chain's HMAC key, resolved once: configured, or a generated development key file. Each link is
/// HMAC-SHA256 over the previous hash and the entry, so rewriting the chain and recomputing every hash needs this key,
/// which the database does not hold.
/// </summary>
public sealed class AuditChainKey
{
    readonly byte[] key;

    public AuditChainKey(IOptions<AuditOptions> options, ILogger<AuditChainKey> logger)
    {
        var settings = options.Value;
        LegacyEntries = settings.LegacyEntries;
        if (string.IsNullOrWhiteSpace(settings.ChainKey))
        {
            key = LoadOrCreate(settings.DevelopmentKeyFile);
            logger.LogWarning("Audit chain uses the generated development key file {KeyFile}; configure Hub:Audit:ChainKey in production", settings.DevelopmentKeyFile);
            return;
        }

        key = Decode(settings.ChainKey);
    }

    /// <summary>For tests and tools that hold the key bytes themselves.</summary>
    public AuditChainKey(byte[] key, long legacyEntries = 0)
    {
        this.key = key.Length == 32 ? key : throw new ArgumentException("The audit chain key must be 32 bytes.", nameof(key));
        LegacyEntries = legacyEntries;
    }

    public long LegacyEntries { get; }

    /// <summary>Lower-case hex HMAC-SHA256 of <paramref name="text"/>; 64 characters, like the unkeyed hash it replaces.</summary>
    public string Mac(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    public bool Matches(string text, string mac) =>
        mac.Length == 64 && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(text)), Encoding.ASCII.GetBytes(mac));

    static byte[] Decode(string base64)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64.Trim());
            if (bytes.Length == 32)
            {
                return bytes;
            }
        }
        catch (FormatException)
        {
        }

        throw new OptionsValidationException(AuditOptions.SectionName, typeof(AuditOptions), ["Hub:Audit:ChainKey must be a base64-encoded 32-byte key."]);
    }

    static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Decode(File.ReadAllText(path));
        }

        var generated = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            // Owner-only from the first byte: the key is what keeps a database writer from forging the chain.
            using var stream = Persistence.OwnerOnlyFile.Open(path, FileMode.CreateNew);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(generated)));
            return generated;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process of this installation generated it first; both must use the same key.
            return Decode(File.ReadAllText(path));
        }
    }
}
