using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.CaseStore.Audit;

public static class AuditRegistration
{
    /// <summary>The keyed chain: its key (once per process), the appender and the checkpoints. Safe to call twice.</summary>
    public static IServiceCollection AddAuditChain(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName);
        services.TryAddSingleton<AuditChainKey>();
        services.TryAddScoped<AuditLog>();
        services.TryAddScoped<AuditCheckpoints>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
