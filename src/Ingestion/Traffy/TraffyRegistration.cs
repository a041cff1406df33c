using Hub.Ingestion.Traffy.Exchange;
using Hub.Ingestion.Traffy.Feeds;
using Hub.Ingestion.Traffy.PublicFeed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Ingestion.Traffy;

public static class TraffyRegistration
{
    public static IServiceCollection AddTraffy(this IServiceCollection services)
    {
        services.AddScoped<TraffyIngest>();
        services.AddScoped<TraffyImporter>();

        services.AddOptions<TraffyOptions>().BindConfiguration(TraffyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Exchange URLs carry no secret, but the bearer token must never reach a log: no request logging on this client.
        services.AddHttpClient(TraffyHttp.ClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<TraffyOptions>>().Value.HttpTimeout)
            .RemoveAllLoggers();
        services.AddSingleton<TraffyFeedStatus>();
        services.AddSingleton<TraffyHttp>();
        services.AddSingleton<TraffyCursors>();
        services.AddSingleton<TraffyPageWalker>();
        services.AddSingleton<TraffyQuota>();
        services.AddSingleton<TraffyExchangeToken>();
        services.AddSingleton<TraffyExchangeFeed>();
        services.AddSingleton<TraffyPublicFeed>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TraffyPoller>());
        return services;
    }
}
