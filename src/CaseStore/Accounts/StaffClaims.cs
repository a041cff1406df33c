using System.Security.Claims;
using Hub.CaseStore.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Accounts;

/// <summary>Adds the unit and the must-change-password flag to the sign-in cookie, so scoping needs no extra query.</summary>
public sealed class StaffClaims(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, ContactPseudonyms pseudonyms)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string Unit = "hub:unit";
    public const string MustChangePassword = "hub:must-change-password";

    /// <summary>Keyed pseudonyms of the account's own e-mail and phone: scoping hides every case that accuses their holder.</summary>
    public const string ContactPseudonym = "hub:contact-pseudonym";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.UnitCode is not null)
        {
            identity.AddClaim(new Claim(Unit, user.UnitCode));
        }

        foreach (var pseudonym in pseudonyms.OfContact(user.Email, user.PhoneNumber))
        {
            identity.AddClaim(new Claim(ContactPseudonym, pseudonym));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePassword, "true"));
        }

        return identity;
    }
}
