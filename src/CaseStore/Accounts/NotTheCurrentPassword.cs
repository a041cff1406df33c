using Microsoft.AspNetCore.Identity;

namespace Hub.CaseStore.Accounts;

/// <summary>
/// Refuses a new password that is the account's current one. The forced first-login change exists because the initial
/// password travelled on paper (a sealed letter); "changing" it to itself would keep that paper valid forever.
/// Identity runs validators before it replaces the hash, so <see cref="IdentityUser.PasswordHash"/> is still the old one.
/// </summary>
public sealed class NotTheCurrentPassword : IPasswordValidator<StaffUser>
{
    public const string Code = "PasswordUnchanged";

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        var unchanged = password is not null && user.PasswordHash is { } hash
            && manager.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
        return Task.FromResult(unchanged
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม / The new password must differ from the current one." })
            : IdentityResult.Success);
    }
}
