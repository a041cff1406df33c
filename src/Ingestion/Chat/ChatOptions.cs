using System.ComponentModel.DataAnnotations;

namespace Hub.Ingestion.Chat;

/// <summary>Bound from <c>Hub:Chat</c>: the conversation rules and delivery policy shared by LINE and Telegram.</summary>
public sealed class ChatOptions
{
    public const string SectionName = "Hub:Chat";

    /// <summary>After this long without a new message, the gathered messages are summarised and the reporter asked to confirm.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan QuietWindow { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>LINE reply tokens are single-use and short-lived; older ones are not tried, the message is pushed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReplyTokenMaxAge { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>In-process retries of one API call (429, 5xx, timeouts) before the durable backoff takes over.</summary>
    [Range(0, 10)]
    public int RetryAttempts { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for in-process; the message is rescheduled instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxInProcessRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between durable attempts of one inbound event or outbound message.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Shared key (header <c>X-Hub-Api-Key</c>) for the staff relay and the channel status. An interim guard until staff
    /// sign-in exists; without it those endpoints answer 503.
    /// </summary>
    public string? StaffApiKey { get; set; }

    /// <summary>
    /// Who holds <see cref="StaffApiKey"/> (a person or a system, e.g. <c>case-system@bangkok.go.th</c>): recorded as the
    /// actor of every relay through the key. A name in the request body is never trusted as the actor.
    /// </summary>
    [Required]
    [MaxLength(128)]
    public string StaffApiKeyOwner { get; set; } = "staff-api";
}
