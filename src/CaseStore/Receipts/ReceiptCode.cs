using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Hub.CaseStore.Receipts;

/// <summary>
/// What a reporter keeps to follow their complaint: 80 random bits as 16 characters in four groups,
/// e.g. <c>K7QM-2ZXP-RT9H-4CWE</c>. The alphabet leaves out 0/O and 1/I so it can be read aloud
/// over the 1555 hotline and typed without mistakes.
/// </summary>
public static class ReceiptCode
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    const int Characters = 16;
    const int GroupSize = 4;

    public static string New()
    {
        Span<byte> random = stackalloc byte[Characters];
        RandomNumberGenerator.Fill(random);
        Span<char> code = stackalloc char[Characters + Characters / GroupSize - 1];
        var position = 0;
        for (var i = 0; i < Characters; i++)
        {
            if (i > 0 && i % GroupSize == 0)
            {
                code[position++] = '-';
            }

            // 32 symbols: the low 5 bits of each byte are uniform.
            code[position++] = Alphabet[random[i] & 31];
        }

        return new string(code);
    }

    /// <summary>Accepts what people type: any case, spaces or no dashes; rejects anything that cannot be a code.</summary>
    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return false;
        }

        var symbols = new List<char>(Characters);
        foreach (var c in input.ToUpperInvariant())
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            if (!Alphabet.Contains(c, StringComparison.Ordinal) || symbols.Count == Characters)
            {
                return false;
            }

            symbols.Add(c);
        }

        if (symbols.Count != Characters)
        {
            return false;
        }

        code = string.Join('-', symbols.Chunk(GroupSize).Select(g => new string(g)));
        return true;
    }
}
