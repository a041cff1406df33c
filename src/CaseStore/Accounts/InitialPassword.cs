using System.Security.Cryptography;

namespace Hub.CaseStore.Accounts;

/// <summary>A one-time password for a sealed letter: readable aloud, no look-alike characters, meets the policy.</summary>
public static class InitialPassword
{
    const string Letters = "abcdefghjkmnpqrstuvwxyz";
    const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    const string Digits = "23456789";

    public static string New()
    {
        // Four groups of four; every class present so the password policy always accepts it.
        var all = Letters + Upper + Digits;
        var chars = Enumerable.Range(0, 16).Select(_ => all[RandomNumberGenerator.GetInt32(all.Length)]).ToArray();
        chars[0] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[5] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        chars[10] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        return string.Join('-', chunk(new string(chars)));

        static IEnumerable<string> chunk(string s) => Enumerable.Range(0, 4).Select(i => s.Substring(i * 4, 4));
    }
}
