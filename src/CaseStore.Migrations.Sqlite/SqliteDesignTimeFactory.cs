using Hub.CaseStore.Persistence;

namespace Hub.CaseStore.Migrations.Sqlite;

public sealed class SqliteDesignTimeFactory() : DesignTimeHubDbContextFactory(DatabaseProvider.Sqlite, "Data Source=design-time.db");
