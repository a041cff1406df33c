using Hub.Ingestion.Channels.Adapters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Email.Inbox;

/// <summary>Runs one <see cref="MailboxWatcher"/> per configured mailbox; a failing mailbox never holds up another.</summary>
public sealed class EmailInboxService(
    IOptions<EmailOptions> options,
    IServiceScopeFactory scopes,
    ChannelAdapterRegistry status,
    TimeProvider clock,
    ILoggerFactory loggers) : BackgroundService
{
    /// <summary>The mailbox's name in the adapter registry, the console and <c>hub adapters</c>.</summary>
    public static string AdapterName(string mailbox) => "email:" + mailbox;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var logger = loggers.CreateLogger<EmailInboxService>();
        return Task.WhenAll(settings.Mailboxes.Select(mailbox =>
            Task.Run(() => new MailboxWatcher(mailbox, settings, scopes, status, clock, logger).RunAsync(stoppingToken), stoppingToken)));
    }
}
