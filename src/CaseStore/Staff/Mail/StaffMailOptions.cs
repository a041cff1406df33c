using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Hub.CaseStore.Staff.Mail;

/// <summary>SMTP for mail to staff (deadline notices, invitations). Without a host nothing is sent and rows wait.</summary>
public sealed class StaffMailOptions
{
    public const string SectionName = "Hub:Staff:Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;
    public string? User { get; set; }
    public string? Password { get; set; }

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "hub-staff@bangkok.go.th";

    [Required]
    public string FromName { get; set; } = "ระบบรับเรื่องร้องเรียนการทุจริต กทม. / BMA Complaint Hub";

    /// <summary>Where staff open the hub, used in links, e.g. <c>https://hub.bangkok.go.th</c>.</summary>
    [Required]
    public Uri StaffUrl { get; set; } = new("http://127.0.0.1:5080");

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
