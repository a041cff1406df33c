using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Hub.Ingestion.Traffy.Feeds;

/// <summary>Bound from <c>Hub:Traffy</c>. Off unless a deployment chooses its way in: Exchange (agency access) or the public feeds.</summary>
public sealed class TraffyOptions : IValidatableObject
{
    public const string SectionName = "Hub:Traffy";

    public TraffyMode Mode { get; set; } = TraffyMode.Off;

    /// <summary>The Exchange API root, ending in <c>/exchange-api/</c>; <c>get-auth/v1</c> and <c>get-issues/v2</c> are relative to it.</summary>
    public Uri? ExchangeBaseUrl { get; set; }

    /// <summary>Exchange credentials (from a secret store). Never logged.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The agency's Traffy organisation, sent as <c>org_id</c> when set.</summary>
    public string? OrgId { get; set; }

    public Uri PublicBaseUrl { get; set; } = new("https://publicapi.traffy.in.th/");

    /// <summary>Which public feeds PublicFeed mode reads.</summary>
    public List<TraffyPublicFeedKind> PublicFeeds { get; set; } = [TraffyPublicFeedKind.GeoJson];

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the Exchange poller rereads <c>duration=3days</c> (and the public poller the last three days), catching missed webhooks and status changes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "7.00:00:00")]
    public TimeSpan ReconciliationInterval { get; set; } = TimeSpan.FromHours(1);

    [Range(1, 1000)]
    public int PageSize { get; set; } = 1000;

    /// <summary>Deep offsets answer 502 on the public feeds; a pass stops after this many pages.</summary>
    [Range(1, 1000)]
    public int MaxPages { get; set; } = 20;

    /// <summary>The Exchange token is renewed this long before it expires.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan TokenRenewBefore { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Exchange calls a month; unset means what get-auth reports, or unlimited.</summary>
    [Range(1, int.MaxValue)]
    public int? MonthlyQuota { get; set; }

    [Range(1, 100)]
    public int QuotaWarningPercent { get; set; } = 80;

    [Range(0, 10)]
    public int RetryAttempts { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between failing passes, and the longest Retry-After honoured.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Our own secret Traffy sends in <see cref="Webhooks.TraffyWebhookEndpoints.SecretHeader"/>; webhooks are closed when unset.</summary>
    [MinLength(24)]
    public string? WebhookSecret { get; set; }

    /// <summary>Addresses (IPs or CIDRs) webhooks may come from; Traffy does not sign them.</summary>
    public List<string> AllowedSources { get; set; } = [];

    public bool WebhooksOpen => Mode == TraffyMode.Exchange && WebhookSecret is not null && AllowedSources.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == TraffyMode.Exchange && (ExchangeBaseUrl is null || string.IsNullOrEmpty(User) || string.IsNullOrEmpty(Password)))
        {
            yield return new ValidationResult("Hub:Traffy:ExchangeBaseUrl, User and Password are required when Hub:Traffy:Mode is Exchange.",
                [nameof(ExchangeBaseUrl), nameof(User), nameof(Password)]);
        }

        if (Mode == TraffyMode.PublicFeed && PublicFeeds.Count == 0)
        {
            yield return new ValidationResult("Hub:Traffy:PublicFeeds needs GeoJson, Search or both when Hub:Traffy:Mode is PublicFeed.", [nameof(PublicFeeds)]);
        }

        foreach (var source in AllowedSources.Where(s => !IPNetwork.TryParse(s, out _) && !IPAddress.TryParse(s, out _)))
        {
            yield return new ValidationResult($"Hub:Traffy:AllowedSources: '{source}' is not an IP address or CIDR block.", [nameof(AllowedSources)]);
        }
    }
}

public enum TraffyMode
{
    Off,
    Exchange,
    PublicFeed,
}

public enum TraffyPublicFeedKind
{
    /// <summary><c>/teamchadchart-stat-api/geojson/v1</c>: Bangkok times without offset, <c>message_id</c> as high-water mark.</summary>
    GeoJson,

    /// <summary><c>/share/teamchadchart/search</c>: UTC times, 1,000 a page, <c>offset</c> paging.</summary>
    Search,
}
