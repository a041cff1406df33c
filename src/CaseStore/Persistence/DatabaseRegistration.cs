using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Persistence;

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="HubDbContext"/> on the configured provider with its own migrations assembly.</summary>
    public static IServiceCollection AddHubDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddDbContext<HubDbContext>((sp, options) =>
            Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddDbContextFactory<HubDbContext>(lifetime: ServiceLifetime.Scoped);
        services.AddScoped<CaseNumberAllocator>();
        services.AddSingleton<TimeProvider>(TimeProvider.System);
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        var connectionString = database.EffectiveConnectionString;
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(PrepareSqlite(connectionString),
                    o => o.MigrationsAssembly("Hub.CaseStore.Migrations.Sqlite"))
                .AddInterceptors(SqliteWriteGate.For(new SqliteConnectionStringBuilder(connectionString).DataSource)),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString,
                o => o.MigrationsAssembly("Hub.CaseStore.Migrations.Postgres")),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString,
                o => o.MigrationsAssembly("Hub.CaseStore.Migrations.SqlServer")),
            _ => throw new InvalidOperationException($"Unknown Hub:Database:Provider '{database.Provider}'."),
        };
    }

    /// <summary>The embedded default keeps its file under ./var/, which may not exist on a fresh clone.</summary>
    static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(directory);
        }

        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 60);
        return builder.ToString();
    }
}
