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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestServices.PostgresServer) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
