using Hub.CaseStore.Identity;
using Hub.CaseStore.Persistence.Inbox;
using Hub.CaseStore.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.CaseStore.Persistence;

public static class PersistenceRegistration
{
    /// <summary>The database plus the outbox, inbox and identity vault every writing service shares. Safe to call more than once.</summary>
    public static IServiceCollection AddHubPersistence(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(OutboxSignal)))
        {
            return services;
        }

        services.AddHubDatabase();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IdentityVaultOptions>().BindConfiguration(IdentityVaultOptions.SectionName);
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<Outbox.Outbox>();
        services.AddScoped<Inbox.Inbox>();
        services.AddSingleton<VaultKeys>();
        services.AddSingleton<ContactPseudonyms>();
        services.AddScoped<IdentityVault>();
        services.AddSingleton<SealedBlobs>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxRelay>());
        return services;
    }
}
