using System.ComponentModel.DataAnnotations;

namespace Hub.Ingestion.Line;

/// <summary>Bound from <c>Hub:Line</c>. The channel is on when both secrets are set (from a secret store, never appsettings).</summary>
public sealed class LineOptions : IValidatableObject
{
    public const string SectionName = "Hub:Line";

    public string? ChannelSecret { get; set; }
    public string? ChannelAccessToken { get; set; }

    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.line.me");

    /// <summary>Media content is served from a different host than the rest of the API.</summary>
    [Required]
    public Uri DataApiBaseUrl { get; set; } = new("https://api-data.line.me");

    public bool Enabled => !string.IsNullOrEmpty(ChannelSecret) && !string.IsNullOrEmpty(ChannelAccessToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(ChannelSecret) != string.IsNullOrEmpty(ChannelAccessToken))
        {
            yield return new ValidationResult("Hub:Line:ChannelSecret and Hub:Line:ChannelAccessToken must be set together.",
                [nameof(ChannelSecret), nameof(ChannelAccessToken)]);
        }
    }
}
