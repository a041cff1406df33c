using Npgsql;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>A fresh PostgreSQL database for one test, dropped afterwards.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    readonly string name = "hub_test_" + Guid.NewGuid().ToString("N")[..12];

    PostgresDatabase()
    {
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestServices.PostgresServer) { Database = name }.ConnectionString;

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = new PostgresDatabase();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestServices.PostgresServer) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {database.name}", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>The database goes away for Hub: existing sessions are killed and new ones refused.</summary>
    public async Task RefuseConnectionsAsync()
    {
        await AdminAsync($"ALTER DATABASE {name} ALLOW_CONNECTIONS false");
        // Only our own sessions: the server's background workers may visit the database too and are not ours to end.
        await AdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND usename = current_user AND pid <> pg_backend_pid()");
    }

    public Task AllowConnectionsAsync() => AdminAsync($"ALTER DATABASE {name} ALLOW_CONNECTIONS true");

    static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestServices.PostgresServer) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // WITH (FORCE) would also try to end the server's own background sessions, which the test role may not signal;
        // end only our sessions and retry while the server's workers are still leaving the database.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await AdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND usename = current_user AND pid <> pg_backend_pid()");
                await AdminAsync($"DROP DATABASE IF EXISTS {name}");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }
}
