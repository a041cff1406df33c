using Hub.CaseStore.Evidence;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Receipts;
using Hub.Ingestion.Accepting;
using Hub.Ingestion.Email;
using Hub.Ingestion.Channels.Adapters;
using Hub.Ingestion.Chat;
using Hub.Ingestion.Evidence;
using Hub.Ingestion.Hotline;
using Hub.Ingestion.Officer;
using Hub.Ingestion.Traffy;
using Hub.Ingestion.Traffy.Webhooks;
using Hub.Ingestion.WebForm;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Ingestion;

/// <summary>The doors. Each channel adds its registration and endpoints here.</summary>
public static class IngestionModule
{
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddHubPersistence();
        // First, so stored pauses are applied before any adapter's first fetch.
        services.AddChannelAdapters();
        services.AddScoped<ComplaintAcceptor>();
        services.AddSingleton<AcceptanceBatches>();
        services.AddEvidenceFiles();
        services.AddSingleton<EvidenceStore>();
        services.AddReceiptLookup();
        services.AddEmailChannel();
        services.AddChatChannels();
        services.AddScoped<IntakeIssues>();
        services.AddTraffy();
        services.AddHotline();
        services.AddOfficerSignIn();
        return services;
    }

    public static IEndpointRouteBuilder MapIngestion(this IEndpointRouteBuilder endpoints)
    {
        // Doors the public calls: listed from the start so the console shows them before their first complaint.
        var adapters = endpoints.ServiceProvider.GetRequiredService<ChannelAdapterRegistry>();
        foreach (var door in new[] { WebFormEndpoints.Channel, OfficerEndpoints.Channel, HotlineIntake.Channel })
        {
            adapters.Register(door, pulling: false, AdapterStatus.Running);
        }

        return endpoints.MapWebForm().MapChatChannels().MapHotline().MapOfficerEntry().MapTraffyWebhooks();
    }
}
