using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hub.IntegrationTests.Persistence;

public class MigrationsTests
{
    /// <summary>
    /// Each provider's migrations assembly must describe today's model: a model change without a new migration
    /// would otherwise only fail in production. SQL Server is included: this needs its assembly, not a server.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=unused")]
    [InlineData(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=unused;TrustServerCertificate=true")]
    public void Every_provider_has_migrations_for_the_current_model(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        DatabaseRegistration.Configure(options, new DatabaseOptions { Provider = provider, ConnectionString = connectionString });
        using var db = new HubDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Contains(provider.ToString(), db.GetService<IMigrationsAssembly>().Assembly.GetName().Name, StringComparison.Ordinal);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model changed without a migration; run dotnet ef migrations add for it.");
    }
}
