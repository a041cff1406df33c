using System.ComponentModel.DataAnnotations;

namespace Hub.CaseStore.Accounts.SingleSignOn;

/// <summary>
/// Sign-in through the BMA single sign-on (OpenID Connect), off unless <see cref="Enabled"/>. The provider only
/// proves who someone is: it can sign in an account that already exists here, never create one.
/// </summary>
public sealed class StaffOidcOptions : IValidatableObject
{
    public const string SectionName = "Hub:Staff:Oidc";
    public const string Scheme = "bma-sso";
    public const string CallbackPath = "/staff/login/sso/callback";

    public bool Enabled { get; set; }

    /// <summary>The issuer; its <c>/.well-known/openid-configuration</c> is read at the first sign-in.</summary>
    public Uri? Authority { get; set; }

    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The claim holding the staff e-mail address used to find the account the first time.</summary>
    [Required]
    public string EmailClaim { get; set; } = "email";

    /// <summary>Only for a test provider on loopback; production metadata must come over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    [Required]
    public string DisplayName { get; set; } = "BMA SSO";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Authority is not { IsAbsoluteUri: true })
        {
            yield return new ValidationResult("Hub:Staff:Oidc:Authority must be an absolute URL when single sign-on is enabled.", [nameof(Authority)]);
        }
        else if (RequireHttpsMetadata && Authority.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Hub:Staff:Oidc:Authority must use https (set RequireHttpsMetadata=false only for a loopback test provider).", [nameof(Authority)]);
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new ValidationResult("Hub:Staff:Oidc:ClientId is required when single sign-on is enabled.", [nameof(ClientId)]);
        }
    }
}
