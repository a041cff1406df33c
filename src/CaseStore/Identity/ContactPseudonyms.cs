using System.Security.Cryptography;
using System.Text;

namespace Hub.CaseStore.Identity;

/// <summary>
/// The keyed pseudonym of one identifier. Reporters, staff accounts and accused officials all go through here, so
/// the same e-mail or phone number yields the same pseudonym wherever it appears, and nowhere the identifier itself.
/// </summary>
public sealed class ContactPseudonyms(VaultKeys keys)
{
    public string Of(string identifier) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.PseudonymKey, Encoding.UTF8.GetBytes(identifier)));

    public string? OfEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : Of(NormalEmail(email));

    public string? OfPhone(string? phone) => DigitsOnly(phone) is { Length: > 0 } digits ? Of(digits) : null;

    /// <summary>The pseudonyms a person with this e-mail and phone may appear under.</summary>
    public IReadOnlyList<string> OfContact(string? email, string? phone) =>
        new[] { OfEmail(email), OfPhone(phone) }.OfType<string>().ToList();

    public static string NormalEmail(string email) => email.Trim().ToLowerInvariant();

    public static string? DigitsOnly(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("66", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
    }
}
