using Hub.CaseStore;
using Hub.CaseStore.Persistence;
using Hub.CaseStore.Deadlines;
using Hub.CaseStore.Staff;
using Hub.CaseStore.Accounts.SingleSignOn;
using Hub.Health;
using Hub.Ingestion;
using Hub.Messaging;
using Hub.Observability;
using Hub.Operations;
using Hub.Operations.Console;
using Hub.Publisher;

namespace Hub.Hosting;

/// <summary>Builds the web host for a set of roles: the one place where the services are composed.</summary>
public static class HubWebHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, HubRoles roles, Action<WebApplicationBuilder>? configure = null)
    {
        // Settings files ship beside the binary; relative data paths (./var/…) stay relative to where Hub is started.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddHubTelemetry(roles);
        builder.Services.AddHubPersistence();
        builder.Services.AddHubBus(builder.Configuration, roles);
        builder.Services.AddHubHealthChecks();
        builder.Services.AddProblemDetails();
        if (roles.HasFlag(HubRoles.Ingestion))
        {
            builder.Services.AddIngestion();
            builder.Services.AddAdapterHealthChecks();
        }

        if (roles.HasFlag(HubRoles.CaseStore))
        {
            builder.Services.AddCaseStore();
            builder.Services.AddStaff();
            builder.Services.AddOperatorConsole(builder.Configuration);
            builder.Services.AddStaffSingleSignOn(builder.Configuration);
            builder.Services.AddDeadlines(builder.Configuration);
        }

        if (roles.HasFlag(HubRoles.Publisher))
        {
            builder.Services.AddPublisher(builder.Configuration, schedule: true);
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        if (roles.HasFlag(HubRoles.Ingestion) || roles.HasFlag(HubRoles.CaseStore))
        {
            app.UseRateLimiter();
        }

        if (roles.HasFlag(HubRoles.Ingestion) || roles.HasFlag(HubRoles.CaseStore))
        {
            // Officers (ingestion) and staff (case store) sign in with their own cookie schemes.
            app.UseAuthentication();
            app.UseAuthorization();
        }

        app.MapHubHealth();
        app.MapHubMetrics();
        if (roles.HasFlag(HubRoles.Ingestion))
        {
            app.MapIngestion();
        }

        if (roles.HasFlag(HubRoles.CaseStore))
        {
            app.MapCaseStore();
            app.MapStaff();
            app.MapOperatorConsole();
        }

        return app;
    }

    /// <summary>Migrates, starts, and says where everything is.</summary>
    public static async Task RunAsync(WebApplication app, HubRoles roles)
    {
        // Every setting is checked before anything is created, so a typo never leaves a half-made database behind.
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        await app.Services.MigrateHubDatabaseAsync();
        await app.StartAsync();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Hub");
        var database = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        var publisher = roles.HasFlag(HubRoles.Publisher) ? app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PublisherOptions>>().Value : null;
        logger.LogInformation("Hub is running {Roles} on {Urls}", roles, string.Join(", ", app.Urls));
        if (roles.HasFlag(HubRoles.Ingestion))
        {
            logger.LogInformation("Complaint form: {FormUrl}", app.Urls.First() + "/");
        }

        logger.LogInformation("Database: {Provider} {Location}", database.Provider,
            database.Provider == DatabaseProvider.Sqlite ? Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.EffectiveConnectionString).DataSource) : "(configured connection)");
        if (publisher is not null)
        {
            logger.LogInformation("Public output: {OutputDirectory}", Path.GetFullPath(publisher.OutputDirectory));
        }

        await app.WaitForShutdownAsync();
    }
}
