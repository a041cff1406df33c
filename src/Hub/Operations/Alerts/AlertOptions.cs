using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Hub.Operations.Alerts;

/// <summary>Bound from <c>Hub:Alerts</c>. Alerts are off until <see cref="Recipients"/> and <see cref="SmtpHost"/> are set.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Hub:Alerts";

    public List<string> Recipients { get; set; } = [];

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public SecureSocketOptions SmtpSecurity { get; set; } = SecureSocketOptions.StartTls;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    [Required]
    public string FromAddress { get; set; } = "hub-alerts@bangkok.go.th";

    /// <summary>How often the thresholds are checked.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages ready in one input queue.</summary>
    [Range(1, long.MaxValue)]
    public long QueueDepth { get; set; } = 1000;

    /// <summary>Age of the oldest message in an input queue or in the outbox.</summary>
    public TimeSpan OldestMessageAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Faulted messages waiting in one error queue: each is a complaint that did not become a case.</summary>
    [Range(1, long.MaxValue)]
    public long FaultedMessages { get; set; } = 1;

    /// <summary>A pulling adapter (mailbox, Telegram, drop folder) that has not completed a fetch for this long, unless paused.</summary>
    public TimeSpan AdapterSilentFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures in a row of one adapter (its error rate) before operators are told.</summary>
    [Range(1, int.MaxValue)]
    public int AdapterFailuresInARow { get; set; } = 5;

    /// <summary>No successful statistics publish for this long; null when this deployment does not publish.</summary>
    public TimeSpan? PublishOverdueAfter { get; set; } = TimeSpan.FromHours(2);

    public bool Enabled => Recipients.Count > 0 && !string.IsNullOrWhiteSpace(SmtpHost);
}
