using System.Security.Cryptography;
using System.Text;

namespace Hub.CaseStore.Identity;

/// <summary>
/// Encrypts operational data that holds an identifier (a raw chat event, a chat address waiting for a reply) with the
/// vault's active key, so no LINE userId or Telegram chat id sits in the database in the clear outside the vault.
/// Layout: key-id length (1 byte), key id, nonce, tag, ciphertext.
/// </summary>
public sealed class SealedBlobs(VaultKeys keys)
{
    const int NonceSize = 12;
    const int TagSize = 16;

    public byte[] Seal(ReadOnlySpan<byte> plaintext)
    {
        var keyId = Encoding.ASCII.GetBytes(keys.ActiveKeyId);
        var sealedBytes = new byte[1 + keyId.Length + NonceSize + TagSize + plaintext.Length];
        sealedBytes[0] = checked((byte)keyId.Length);
        keyId.CopyTo(sealedBytes, 1);
        var rest = sealedBytes.AsSpan(1 + keyId.Length);
        RandomNumberGenerator.Fill(rest[..NonceSize]);
        using var aes = new AesGcm(keys.Keys[keys.ActiveKeyId], TagSize);
        aes.Encrypt(rest[..NonceSize], plaintext, rest[(NonceSize + TagSize)..], rest[NonceSize..(NonceSize + TagSize)]);
        return sealedBytes;
    }

    public byte[] Open(byte[] sealedBytes)
    {
        var keyId = Encoding.ASCII.GetString(sealedBytes, 1, sealedBytes[0]);
        var rest = sealedBytes.AsSpan(1 + sealedBytes[0]);
        var plaintext = new byte[rest.Length - NonceSize - TagSize];
        using var aes = new AesGcm(keys.Keys[keyId], TagSize);
        aes.Decrypt(rest[..NonceSize], rest[(NonceSize + TagSize)..], rest[NonceSize..(NonceSize + TagSize)], plaintext);
        return plaintext;
    }

    public byte[] SealText(string text) => Seal(Encoding.UTF8.GetBytes(text));

    public string OpenText(byte[] sealedBytes) => Encoding.UTF8.GetString(Open(sealedBytes));

    /// <summary>A keyed, irreversible key for looking a chat up without storing its address ("line:U…" → hex).</summary>
    public string Fingerprint(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.PseudonymKey, Encoding.UTF8.GetBytes("chat-fingerprint:" + value)));
}
