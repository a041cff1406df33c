using System.ComponentModel.DataAnnotations;

namespace Hub.Ingestion.Officer;

/// <summary>
/// Bound from <c>Hub:Officers</c>. A stop-gap list of unit officers until staff accounts move to ASP.NET Core Identity;
/// only this options class and <see cref="OfficerSignIn"/> know about it.
/// </summary>
public sealed class OfficersOptions
{
    public const string SectionName = "Hub:Officers";

    public List<OfficerAccount> Accounts { get; set; } = [];
}

public sealed class OfficerAccount
{
    [Required]
    public string Id { get; set; } = "";

    /// <summary>The officer's unit, a code of bma-units.csv (e.g. D1004); they may file only for it.</summary>
    [Required]
    public string UnitCode { get; set; } = "";

    /// <summary><c>pbkdf2-sha256$iterations$salt$hash</c>, made by <c>hub officers hash-password</c>.</summary>
    [Required]
    public string PasswordHash { get; set; } = "";
}
