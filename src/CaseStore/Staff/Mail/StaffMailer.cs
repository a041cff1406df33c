using MailKit.Net.Smtp;
using MimeKit;

namespace Hub.CaseStore.Staff.Mail;

/// <summary>One SMTP conversation for staff mail; connects on the first message and reuses the connection.</summary>
public sealed class StaffMailer(StaffMailOptions settings) : IAsyncDisposable
{
    readonly SmtpClient smtp = new() { Timeout = (int)settings.CommandTimeout.TotalMilliseconds };

    /// <param name="messageId">Stable per notice, so a rare resend after a lost acknowledgement is recognisably the same mail.</param>
    public async Task SendAsync(string to, string subject, string body, Guid messageId, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        message.MessageId = $"{messageId:N}@hub.staff";
        if (!smtp.IsConnected)
        {
            await smtp.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            }
        }

        await smtp.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(true);
        }

        smtp.Dispose();
    }
}
