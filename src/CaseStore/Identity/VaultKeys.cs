using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Identity;

/// <summary>The vault's key ring, resolved once: configured keys, or a generated development key file.</summary>
public sealed class VaultKeys
{
    public VaultKeys(IOptions<IdentityVaultOptions> options, ILogger<VaultKeys> logger)
    {
        var settings = options.Value;
        if (settings.Keys.Count == 0)
        {
            settings = LoadOrCreateDevelopmentKeys(settings.DevelopmentKeyFile);
            logger.LogWarning("Identity vault uses the generated development key file {KeyFile}; configure Hub:IdentityVault:Keys in production",
                options.Value.DevelopmentKeyFile);
        }

        Keys = settings.Keys.ToDictionary(k => k.Key, k => Decode(k.Value, $"Hub:IdentityVault:Keys:{k.Key}"));
        ActiveKeyId = settings.ActiveKeyId ?? throw new OptionsValidationException(
            IdentityVaultOptions.SectionName, typeof(IdentityVaultOptions), ["Hub:IdentityVault:ActiveKeyId is required when keys are configured."]);
        if (!Keys.ContainsKey(ActiveKeyId))
        {
            throw new OptionsValidationException(IdentityVaultOptions.SectionName, typeof(IdentityVaultOptions),
                [$"Hub:IdentityVault:ActiveKeyId '{ActiveKeyId}' names no key in Hub:IdentityVault:Keys."]);
        }

        PseudonymKey = Decode(settings.PseudonymKey ?? string.Empty, "Hub:IdentityVault:PseudonymKey");
    }

    public IReadOnlyDictionary<string, byte[]> Keys { get; }
    public string ActiveKeyId { get; }
    public byte[] PseudonymKey { get; }

    static byte[] Decode(string base64, string setting)
    {
        try
        {
            var key = Convert.FromBase64String(base64);
            if (key.Length == 32)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new OptionsValidationException(IdentityVaultOptions.SectionName, typeof(IdentityVaultOptions),
            [$"{setting} must be a base64-encoded 32-byte key."]);
    }

    static IdentityVaultOptions LoadOrCreateDevelopmentKeys(string path)
    {
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<IdentityVaultOptions>(File.ReadAllText(path))!;
        }

        var generated = new IdentityVaultOptions
        {
            Keys = { ["dev-1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            ActiveKeyId = "dev-1",
            PseudonymKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Owner-only: whoever reads this file can open every sealed identity.
        Persistence.OwnerOnlyFile.WriteAllText(path, JsonSerializer.Serialize(generated));
        return generated;
    }
}
