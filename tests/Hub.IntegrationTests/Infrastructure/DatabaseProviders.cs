using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// Runs a test once per database engine that can run here: SQLite and PostgreSQL always (./test.sh starts it).
/// SQL Server cannot run on these machines; its migrations are checked for drift in MigrationsTests instead.
/// </summary>
public sealed class DatabaseProviders : TheoryData<DatabaseProvider>
{
    public DatabaseProviders()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.Postgres);
    }
}

/// <summary>A migrated Hub database on one provider, with a service provider wired like the real host.</summary>
public sealed class ProviderDatabase : IAsyncDisposable
{
    readonly TempDirectory directory;
    readonly PostgresDatabase? postgres;

    ProviderDatabase(TempDirectory directory, PostgresDatabase? postgres, ServiceProvider services)
    {
        this.directory = directory;
        this.postgres = postgres;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public static async Task<ProviderDatabase> CreateAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        var postgres = provider == DatabaseProvider.Postgres ? await PostgresDatabase.CreateAsync() : null;
        var temp = new TempDirectory();
        var settings = HubSettings.Embedded(temp);
        if (postgres is not null)
        {
            settings.Postgres(postgres);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging();
        services.AddHubPersistence();
        configure?.Invoke(services);
        var built = services.BuildServiceProvider();
        await built.MigrateHubDatabaseAsync();
        return new ProviderDatabase(temp, postgres, built);
    }

    public async Task<T> WithDbAsync<T>(Func<HubDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        directory.Dispose();
    }
}
