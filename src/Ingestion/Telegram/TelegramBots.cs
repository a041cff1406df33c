using Hub.Ingestion.Chat;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Hub.Ingestion.Telegram;

/// <summary>
/// Telegram.Bot clients over HttpClients whose request logging is removed, since every Bot API URL carries the token.
/// The library's own 429 retry is off (RetryThreshold 0): <see cref="ChatResilience"/> does the retrying.
/// </summary>
public sealed class TelegramBots(IHttpClientFactory clients, IOptions<TelegramOptions> options)
{
    public const string SendClient = "telegram";
    public const string PollClient = "telegram-poll";

    public ITelegramBotClient ForSending() => Create(SendClient);

    /// <summary>Its HttpClient waits longer than the long-poll timeout, so an idle poll is not mistaken for a failure.</summary>
    public ITelegramBotClient ForPolling() => Create(PollClient);

    TelegramBotClient Create(string client)
    {
        var settings = options.Value;
        var clientOptions = new TelegramBotClientOptions(settings.BotToken!, settings.ApiBaseUrl?.GetLeftPart(UriPartial.Authority)) { RetryThreshold = 0 };
        return new TelegramBotClient(clientOptions, clients.CreateClient(client));
    }
}
