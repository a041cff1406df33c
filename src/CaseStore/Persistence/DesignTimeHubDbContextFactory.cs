using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hub.CaseStore.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model for one provider without running Hub; it never connects.
/// Each migrations assembly derives one, naming its provider.
/// </summary>
public abstract class DesignTimeHubDbContextFactory(DatabaseProvider provider, string connectionString) : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        DatabaseRegistration.Configure(options, new DatabaseOptions { Provider = provider, ConnectionString = connectionString });
        return new HubDbContext(options.Options);
    }
}
