using System.Globalization;
using Hub.IntegrationTests.Infrastructure;
using Hub.Messaging;
using Hub.Operations;
using Hub.Operations.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.IntegrationTests.Operations;

/// <summary>Alerts go out by real SMTP (Postfix) and are read back over IMAP (Dovecot): one per incident, one recovery.</summary>
public sealed class AlertTests
{
    [Fact]
    public async Task A_faulted_message_raises_one_alert_across_a_restart_and_one_recovery_after_it_is_redriven()
    {
        using var directory = new TempDirectory();
        await using var vhost = await RabbitMqVirtualHost.CreateAsync();
        var operators = TestMailServer.NewUser("ops");
        var (smtpHost, smtpPort) = TestServices.Smtp;
        var settings = HubSettings.Embedded(directory).With(vhost.HubSettings()).With(new Dictionary<string, string?>
        {
            ["Hub:Alerts:Recipients:0"] = operators,
            ["Hub:Alerts:SmtpHost"] = smtpHost,
            ["Hub:Alerts:SmtpPort"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Hub:Alerts:SmtpSecurity"] = "None",
            ["Hub:Alerts:FromAddress"] = TestMailServer.NewUser("alerts"),
            ["Hub:Alerts:Interval"] = "00:00:00.500",
            ["Hub:Alerts:FaultedMessages"] = "1",
        });
        var broker = new RabbitMqSettings { Host = TestServices.RabbitMq.Host, Port = TestServices.RabbitMq.Port, VirtualHost = vhost.Name };
        await using (var raw = await RawBroker.ConnectAsync(broker))
        {
            await raw.DeclareAsync("work", "work_error");
            await raw.PublishAsync("work_error", "m-1", "MT-Fault-ExceptionType", "System.TimeoutException");
        }

        await using (var hub = await EmbeddedHub.StartAsync(settings))
        {
            var alert = Assert.Single(await Eventually.Get(() => TestMailServer.ReadAllAsync(operators), m => m.Count >= 1, TimeSpan.FromSeconds(90), "the alert mail"));
            Assert.Contains("Alert", alert.Subject, StringComparison.Ordinal);
            Assert.Contains("work_error", alert.Subject, StringComparison.Ordinal);
            await RoundsAsync(hub, 3);
            Assert.Single(await TestMailServer.ReadAllAsync(operators));
        }

        await using (var hub = await EmbeddedHub.StartAsync(settings))
        {
            // Still faulted after the restart: the stored incident was already reported.
            await RoundsAsync(hub, 3);
            Assert.Single(await TestMailServer.ReadAllAsync(operators));

            await using var redrive = new ErrorQueueRedrive(broker);
            Assert.Equal(1, await redrive.RedriveAsync("work", messageIds: null, CancellationToken.None));
            var mails = await Eventually.Get(() => TestMailServer.ReadAllAsync(operators), m => m.Count >= 2, TimeSpan.FromSeconds(90), "the recovery mail");
            Assert.Contains("Recovered", mails[1].Subject, StringComparison.Ordinal);
            await RoundsAsync(hub, 3);
            Assert.Equal(2, (await TestMailServer.ReadAllAsync(operators)).Count);
        }
    }

    /// <summary>Waits for <paramref name="more"/> further alert rounds, each of which could have sent a repeat.</summary>
    static async Task RoundsAsync(EmbeddedHub hub, int more)
    {
        var monitor = hub.Services.GetServices<IHostedService>().OfType<AlertMonitor>().Single();
        var target = monitor.Rounds + more;
        await Eventually.Get(() => Task.FromResult(monitor.Rounds), r => r >= target, TimeSpan.FromSeconds(60), "more alert rounds");
    }
}
