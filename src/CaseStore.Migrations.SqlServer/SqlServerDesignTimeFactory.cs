using Hub.CaseStore.Persistence;

namespace Hub.CaseStore.Migrations.SqlServer;

public sealed class SqlServerDesignTimeFactory() : DesignTimeHubDbContextFactory(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=hub_design;TrustServerCertificate=true");
