using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hub.CaseStore.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SqlServer without running Hub; it never connects.</summary>
public sealed class DesignTimeHubDbContextFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        DatabaseRegistration.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=127.0.0.1;Database=hub_design;TrustServerCertificate=true" });
        return new HubDbContext(options.Options);
    }
}
