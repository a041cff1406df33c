using Hub.Ingestion.Email.Acknowledgements;
using Hub.Ingestion.Email.Attachments;
using Hub.Ingestion.Email.Inbox;
using Hub.Ingestion.Email.Parsing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Email;

public static class EmailRegistration
{
    /// <summary>The e-mail door: IMAP inboxes and SMTP acknowledgements. Idle unless <c>Hub:Email:Mailboxes</c> is configured.</summary>
    public static IServiceCollection AddEmailChannel(this IServiceCollection services)
    {
        ThaiEncodings.Register();
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.Mailboxes.All(m => !string.IsNullOrWhiteSpace(m.Name) && !string.IsNullOrWhiteSpace(m.Host) && !string.IsNullOrWhiteSpace(m.User)),
                "Every Hub:Email:Mailboxes entry needs Name, Host and User.")
            .Validate(o => o.Mailboxes.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() == o.Mailboxes.Count,
                "Hub:Email:Mailboxes names must be unique.")
            .ValidateOnStart();
        services.AddScoped<EmailEvidence>();
        services.AddScoped<EmailIntake>();
        services.AddScoped<MailboxCursors>();
        services.AddHostedService<EmailInboxService>();
        services.AddHostedService<AcknowledgementSender>();
        return services;
    }
}
