using System.Net.Http.Headers;
using System.Text;
using Npgsql;

namespace Hub.Cli.Bench;

/// <summary>A throw-away RabbitMQ virtual host and PostgreSQL database for one benchmark run, removed afterwards.</summary>
public sealed class BenchScratch : IAsyncDisposable
{
    readonly BenchSettings settings;
    readonly HttpClient management;
    readonly string name = "hub_bench_" + Guid.NewGuid().ToString("N")[..10];

    BenchScratch(BenchSettings settings)
    {
        this.settings = settings;
        management = new HttpClient { BaseAddress = settings.Management };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes($"{settings.RabbitMq.Username}:{settings.RabbitMq.Password}")));
    }

    public string VirtualHost => name;
    public string Database => new NpgsqlConnectionStringBuilder(settings.Postgres) { Database = name }.ConnectionString;

    public static async Task<BenchScratch> CreateAsync(BenchSettings settings)
    {
        var scratch = new BenchScratch(settings);
        (await scratch.management.PutAsync($"api/vhosts/{scratch.name}", null)).EnsureSuccessStatusCode();
        (await scratch.management.PutAsync($"api/permissions/{scratch.name}/{settings.RabbitMq.Username}",
            new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        await scratch.AdminAsync($"CREATE DATABASE {scratch.name}");
        return scratch;
    }

    async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.Postgres) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await management.DeleteAsync($"api/vhosts/{name}");
        management.Dispose();
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND usename = current_user AND pid <> pg_backend_pid()");
        await AdminAsync($"DROP DATABASE IF EXISTS {name}");
    }
}
