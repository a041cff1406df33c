using Hub.CaseStore.Persistence;

namespace Hub.CaseStore.Migrations.Postgres;

public sealed class PostgresDesignTimeFactory() : DesignTimeHubDbContextFactory(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=hub_design");
