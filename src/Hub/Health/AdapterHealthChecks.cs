using Hub.Ingestion.Channels.Adapters;
using Hub.Ingestion.Email;
using Hub.Ingestion.Email.Inbox;
using Hub.Ingestion.Hotline;
using Hub.Ingestion.Line;
using Hub.Ingestion.Telegram;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Hub.Health;

/// <summary>
/// One readiness check per configured external dependency of the doors: each mailbox, LINE, Telegram and the hotline
/// drop folder. The checks read what the adapters last reported, so a probe never opens its own IMAP session or API call.
/// </summary>
sealed class AdapterHealthChecks(
    IOptions<EmailOptions> email, IOptions<LineOptions> line, IOptions<TelegramOptions> telegram, IOptions<HotlineOptions> hotline)
    : IConfigureOptions<HealthCheckServiceOptions>
{
    /// <summary>Failures in a row after which a failing adapter makes Hub unready rather than degraded.</summary>
    const int UnhealthyAfter = 3;

    public void Configure(HealthCheckServiceOptions options)
    {
        var adapters = email.Value.Mailboxes.Select(m => EmailInboxService.AdapterName(m.Name)).ToList();
        if (line.Value.Enabled)
        {
            adapters.Add(Hub.Ingestion.Chat.ChatChannels.Line);
        }

        if (telegram.Value.Enabled)
        {
            adapters.Add(Hub.Ingestion.Chat.ChatChannels.Telegram);
        }

        if (hotline.Value.DropDirectory is not null)
        {
            adapters.Add(HotlineDropFolderService.Adapter);
        }

        foreach (var name in adapters)
        {
            options.Registrations.Add(new HealthCheckRegistration(name, sp => new Check(name, sp.GetRequiredService<ChannelAdapterRegistry>()),
                failureStatus: HealthStatus.Unhealthy, tags: [HubHealth.Ready]));
        }
    }

    sealed class Check(string name, ChannelAdapterRegistry registry) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var state = registry.Of(name);
            var data = new Dictionary<string, object>
            {
                ["state"] = (state?.Shown ?? AdapterStatus.Starting).ToString().ToLowerInvariant(),
                ["errors"] = state?.ErrorCount ?? 0,
                ["failuresInARow"] = state?.ConsecutiveFailures ?? 0,
            };
            if (state?.LastErrorType is { } error)
            {
                data["lastErrorType"] = error;
            }

            if (state?.LastMessageAtUtc is { } last)
            {
                data["lastMessageAtUtc"] = last;
            }

            var result = state switch
            {
                null or { Status: AdapterStatus.Starting } => HealthCheckResult.Degraded("กำลังเริ่ม / starting", data: data),
                { Paused: true } => HealthCheckResult.Healthy("หยุดชั่วคราวโดยผู้ดูแล / paused by an operator", data),
                { Status: AdapterStatus.Failing, ConsecutiveFailures: >= UnhealthyAfter } => HealthCheckResult.Unhealthy("ขัดข้อง / failing", data: data),
                { Status: AdapterStatus.Failing } => HealthCheckResult.Degraded("ขัดข้อง กำลังลองใหม่ / failing, retrying", data: data),
                _ => HealthCheckResult.Healthy("ทำงาน / running", data),
            };
            return Task.FromResult(result);
        }
    }
}
