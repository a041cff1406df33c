using Hub.CaseStore.Persistence.Outbox;
using Hub.Ingestion.Line;
using Hub.Ingestion.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Chat;

/// <summary>Registers the LINE and Telegram doors, the conversation engine and the reply relay.</summary>
public static class ChatModule
{
    public static IServiceCollection AddChatChannels(this IServiceCollection services)
    {
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LineOptions>().BindConfiguration(LineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddKeyedSingleton<OutboxSignal>(ChatInbox.SignalKey);
        services.AddKeyedSingleton<OutboxSignal>(ChatOutboundSender.SignalKey);
        services.AddSingleton<ChatResilience>();
        services.AddSingleton<DraftSubmitter>();
        services.AddSingleton<QuietDrafts>();
        services.AddScoped<ChatInbox>();
        services.AddScoped<ChatOutbox>();
        services.AddScoped<Conversation>();
        services.AddScoped<ReporterRelay>();

        services.AddHttpClient(LineApiClient.ApiClient, (sp, client) => ConfigureLine(sp, client, data: false));
        services.AddHttpClient(LineApiClient.DataClient, (sp, client) => ConfigureLine(sp, client, data: true));
        // Every Bot API URL contains the bot token: these clients must not log requests.
        services.AddHttpClient(TelegramBots.SendClient, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<ChatOptions>>().Value.HttpTimeout)
            .RemoveAllLoggers();
        services.AddHttpClient(TelegramBots.PollClient, (sp, client) =>
            client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.PollTimeoutSeconds + 15)).RemoveAllLoggers();
        services.AddSingleton<LineApiClient>();
        services.AddSingleton<TelegramBots>();
        services.AddSingleton<IChatChannel, LineChannel>();
        services.AddSingleton<IChatChannel, TelegramChannel>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ChatInboundProcessor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ChatOutboundSender>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TelegramPoller>());
        return services;
    }

    static void ConfigureLine(IServiceProvider services, HttpClient client, bool data)
    {
        var line = services.GetRequiredService<IOptions<LineOptions>>().Value;
        LineApiClient.Configure(client, data ? line.DataApiBaseUrl : line.ApiBaseUrl, line.ChannelAccessToken ?? string.Empty,
            services.GetRequiredService<IOptions<ChatOptions>>().Value.HttpTimeout);
    }
}
