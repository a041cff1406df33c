using Hub.CaseStore.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Health;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the database, the bus and each configured door dependency, as JSON.</summary>
public static class HubHealth
{
    public const string Ready = "ready";

    public static IServiceCollection AddHubHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Ready]);
        return services;
    }

    /// <summary>For the process that runs the doors: one check per mailbox, chat API and drop folder configured.</summary>
    public static IServiceCollection AddAdapterHealthChecks(this IServiceCollection services) =>
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<HealthCheckServiceOptions>, AdapterHealthChecks>();

    public static void MapHubHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        // MassTransit registers its bus check with the "ready" tag.
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = HealthJson.WriteAsync });
    }

    sealed class DatabaseHealthCheck(HubDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
