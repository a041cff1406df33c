using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Hub.Ingestion.Email;

/// <summary>Bound from <c>Hub:Email</c>. No mailboxes configured: the e-mail door stays closed.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Hub:Email";

    public List<MailboxOptions> Mailboxes { get; set; } = [];

    /// <summary>Larger messages are not downloaded; they go to the failed folder with the reason.</summary>
    [Range(1024, 1L << 31)]
    public long MaxMessageBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>A zip attachment whose contents would expand beyond this, or by more than <see cref="MaxArchiveRatio"/>, is a zip bomb.</summary>
    [Range(1024, 1L << 40)]
    public long MaxArchiveExpandedBytes { get; set; } = 200L * 1024 * 1024;

    [Range(2, 100_000)]
    public int MaxArchiveRatio { get; set; } = 100;

    /// <summary>How often to look when the server cannot IDLE.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>IDLE is renewed before servers drop it (RFC 2177 allows 29 minutes).</summary>
    public TimeSpan IdleRefresh { get; set; } = TimeSpan.FromMinutes(9);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>One IMAP/SMTP command may take this long before the connection counts as lost.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public AcknowledgementOptions Acknowledgement { get; set; } = new();
}

/// <summary>One inbox Hub reads. <see cref="Name"/> keys its UID cursor and records, so keep it stable.</summary>
public sealed class MailboxOptions
{
    [Required]
    public string Name { get; set; } = "";

    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 993;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.SslOnConnect;

    [Required]
    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    public string Folder { get; set; } = "INBOX";
    public string ProcessedFolder { get; set; } = "Processed";
    public string FailedFolder { get; set; } = "Failed";
}

/// <summary>The SMTP server the Thai acknowledgement goes out through. No host: no acknowledgements are sent.</summary>
public sealed class AcknowledgementOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The address replies come back to; normally one of the mailboxes Hub reads, so a reply joins its case.</summary>
    public string FromAddress { get; set; } = "complaints@bangkok.go.th";
    public string FromName { get; set; } = "ศูนย์รับเรื่องร้องเรียนการทุจริต กรุงเทพมหานคร / BMA Complaints";

    /// <summary>Where the reporter can look up the receipt code, e.g. <c>https://hub.bangkok.go.th/status</c>.</summary>
    public string StatusUrl { get; set; } = "http://127.0.0.1:5080/status";
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);
}
