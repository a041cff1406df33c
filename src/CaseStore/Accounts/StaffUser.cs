using Microsoft.AspNetCore.Identity;

namespace Hub.CaseStore.Accounts;

/// <summary>A BMA staff member who signs in to handle cases; the role and unit decide which cases they see.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string? Position { get; set; }

    /// <summary>The unit whose cases a unit officer or head sees; null for centre-wide roles.</summary>
    public string? UnitCode { get; set; }

    /// <summary>Set for the one-time initial password, so the first sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }
}
