using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingestion.Channels.Adapters;

public static class AdapterRegistration
{
    public static IServiceCollection AddChannelAdapters(this IServiceCollection services)
    {
        services.AddSingleton<ChannelAdapterRegistry>();
        services.AddScoped<AdapterPauses>();
        services.AddHostedService<AdapterPauseSync>();
        return services;
    }
}
