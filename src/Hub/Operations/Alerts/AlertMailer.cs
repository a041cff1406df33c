using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hub.Operations.Alerts;

/// <summary>Mails operators. Bodies carry rule, queue and adapter names and counts: nothing from any complaint.</summary>
public sealed class AlertMailer(IOptions<AlertOptions> options)
{
    public async Task SendAsync(string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Hub operations", settings.FromAddress));
        foreach (var recipient in settings.Recipients)
        {
            message.To.Add(MailboxAddress.Parse(recipient));
        }

        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        using var smtp = new SmtpClient { Timeout = 30_000 };
        await smtp.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, settings.SmtpSecurity, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await smtp.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }
}
