using Hub.CaseStore.Cases;
using Hub.CaseStore.Dedup;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Receipts;
using Hub.Normalizer.Dedup;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore;

/// <summary>The case store's registrations: persistence, intake, and the endpoints it serves.</summary>
public static class CaseStoreModule
{
    public static IServiceCollection AddCaseStore(this IServiceCollection services)
    {
        services.AddHubPersistence();
        services.AddReceiptLookup();
        services.AddOptions<CaseIntakeOptions>().BindConfiguration(CaseIntakeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<FollowUpResolver>();
        services.AddScoped<IncidentLocks>();
        services.TryAddSingleton(sp => ScorerThresholds.Apply(DuplicateScorer.Shipped, sp.GetRequiredService<IOptions<CaseIntakeOptions>>().Value));
        services.AddScoped<NearDuplicateLinker>();
        services.AddScoped<CaseIntake>();
        return services;
    }

    public static void AddCaseStoreConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<ComplaintNormalizedConsumer, ComplaintNormalizedConsumerDefinition>();

    public static IEndpointRouteBuilder MapCaseStore(this IEndpointRouteBuilder endpoints) => endpoints.MapReceiptStatus();
}
