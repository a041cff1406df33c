using System.Collections.Concurrent;
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
            DatabaseProvider.Sqlite => ConfigureSqlite(options, connectionString),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString,
                o => o.MigrationsAssembly("Hub.CaseStore.Migrations.Postgres")),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString,
                o => o.MigrationsAssembly("Hub.CaseStore.Migrations.SqlServer")),
            _ => throw new InvalidOperationException($"Unknown Hub:Database:Provider '{database.Provider}'."),
        };
    }

    // Every request's context is configured anew; prepare each connection string (and its directory) once.
    static readonly ConcurrentDictionary<string, (string ConnectionString, SqliteWriteGate Gate)> PreparedSqlite = new(StringComparer.Ordinal);

    static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString)
    {
        var (prepared, gate) = PreparedSqlite.GetOrAdd(connectionString, PrepareSqlite);
        return options.UseSqlite(prepared, o => o.MigrationsAssembly("Hub.CaseStore.Migrations.Sqlite")).AddInterceptors(gate);
    }

    /// <summary>The embedded default keeps its file under ./var/, which may not exist on a fresh clone.</summary>
    static (string, SqliteWriteGate) PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(directory);
            // The database holds complaint texts: owner-only from its first byte (SQLite gives -wal/-shm the same mode).
            if (!builder.DataSource.StartsWith(':') && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                OwnerOnlyFile.EnsureExists(Path.GetFullPath(builder.DataSource));
            }
        }

        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 60);
        return (builder.ToString(), SqliteWriteGate.For(builder.DataSource));
    }
}
