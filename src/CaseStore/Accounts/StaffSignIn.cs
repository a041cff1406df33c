using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Hub.CaseStore.Accounts;

/// <summary>
/// Staff password sign-in that does not tell an attacker which e-mail addresses have accounts: an unknown address
/// costs the same password hashing as a known one, fails with the same words, and locks after the same number of tries.
/// </summary>
public sealed class StaffSignIn(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, SignInThrottle throttle)
{
    public const string Door = "staff";

    // A hash of a random password, made once per process with the accounts' own hasher, verified in place of a missing account's.
    static string? decoy;

    public SignInGate Gate(HttpContext http, string email) => throttle.Check(Door, email, http.Connection.RemoteIpAddress);

    public async Task<SignInResult> PasswordSignInAsync(string email, string password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // Same work as a real check, then the same refusal a real account would get at this count.
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), Decoy(), password);
            if (user is not null)
            {
                return SignInResult.LockedOut;
            }

            return throttle.RecordFailure(Door, email) || throttle.IsLocked(Door, email) ? SignInResult.LockedOut : SignInResult.Failed;
        }

        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }

    string Decoy() => decoy ??= users.PasswordHasher.HashPassword(new StaffUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)));
}
