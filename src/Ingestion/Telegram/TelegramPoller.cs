using Hub.Ingestion.Channels.Adapters;
using System.Globalization;
using System.Text.Json;
using Hub.Ingestion.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Hub.Ingestion.Telegram;

/// <summary>
/// Long polling with a manual getUpdates loop: updates are stored durably first and only then is the offset moved past
/// them, which is what confirms them to Telegram. Pending updates are never dropped, so messages sent while Hub was down
/// arrive when it is back.
/// </summary>
public sealed class TelegramPoller(
    IServiceScopeFactory scopes,
    TelegramBots bots,
    ChannelAdapterRegistry status,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPoller> logger) : BackgroundService
{
    static readonly UpdateType[] Wanted = [UpdateType.Message];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || settings.Mode != TelegramMode.Polling)
        {
            status.Register(ChatChannels.Telegram, pulling: false, settings.Enabled ? AdapterStatus.Running : AdapterStatus.Disabled, settings.Enabled ? "webhook" : null);
            return;
        }

        var bot = bots.ForPolling();
        int? offset = null;
        var failures = 0;
        status.Register(ChatChannels.Telegram, pulling: true, AdapterStatus.Running, "getUpdates");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Paused: getUpdates is not called, so Telegram keeps every update (up to 24 hours) for later.
                await status.WaitWhilePausedAsync(ChatChannels.Telegram, stoppingToken);
                var updates = await TelegramChannel.Classified("getUpdates",
                    () => bot.GetUpdates(offset, limit: 100, timeout: settings.PollTimeoutSeconds, allowedUpdates: Wanted, cancellationToken: stoppingToken));
                if (updates.Length > 0)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var events = updates.Select(u => new RawChatEvent(u.Id.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(u, JsonBotAPI.Options))).ToList();
                    await scope.ServiceProvider.GetRequiredService<ChatInbox>().StoreAsync(ChatChannels.Telegram, events, stoppingToken);
                    offset = updates.Max(u => u.Id) + 1;
                }

                failures = 0;
                status.Polled(ChatChannels.Telegram);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                failures++;
                var wait = (ex as ChatApiException)?.RetryAfter ?? TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5))));
                status.Failed(ChatChannels.Telegram, ex, DateTimeOffset.UtcNow + wait);
                logger.LogWarning("Telegram polling failed ({Failures} in a row), next poll in {Wait}: {Error}",
                    failures, wait, ex is ChatApiException ? ex.Message : ex.GetType().Name);
                try
                {
                    await Task.Delay(wait, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
