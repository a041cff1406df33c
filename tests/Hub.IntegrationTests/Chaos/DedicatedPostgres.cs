using Hub.IntegrationTests.Infrastructure;
using Npgsql;

namespace Hub.IntegrationTests.Chaos;

/// <summary>
/// A PostgreSQL cluster of its own (Debian's binaries, a temp data directory, a free loopback port), so a test can
/// stop the whole server without taking the shared one from the tests running beside it.
/// </summary>
sealed class DedicatedPostgres : IAsyncDisposable
{
    const string Owner = "postgres";
    readonly DirectoryInfo root = Directory.CreateTempSubdirectory("hub-chaos-pg-");
    readonly string bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => Version.Parse(Path.GetFileName(d) + ".0")).Last() + "/bin";
    readonly int port = HubSettings.FreePort();

    string DataDirectory => Path.Combine(root.FullName, "data");

    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=hub;Password=hub;Database=hub;Timeout=5";

    /// <summary>For the test's own reads: unpooled, so no connection from before a stop is handed out after it.</summary>
    public string ReaderConnectionString => ConnectionString + ";Pooling=false";

    public static async Task<DedicatedPostgres> StartAsync()
    {
        var cluster = new DedicatedPostgres();
        if (LocalCommand.IsRoot)
        {
            await LocalCommand.RunAsync(LocalCommand.Info("chown", [Owner, cluster.root.FullName]), TimeSpan.FromSeconds(10));
        }

        await LocalCommand.RunAsync(LocalCommand.Info(cluster.bin + "/initdb", ["-D", cluster.DataDirectory, "-A", "trust", "-U", "hub", "-E", "UTF8", "--no-sync"], Owner), TimeSpan.FromSeconds(60));
        await cluster.StartServerAsync();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cluster.ReaderConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE DATABASE hub", connection);
        await create.ExecuteNonQueryAsync();
        return cluster;
    }

    public Task StartServerAsync() => LocalCommand.RunAsync(LocalCommand.Info(bin + "/pg_ctl",
        ["-D", DataDirectory, "-l", Path.Combine(root.FullName, "server.log"), "-w", "-o", $"-p {port} -k {root.FullName} -c listen_addresses=127.0.0.1 -c max_connections=300", "start"], Owner),
        TimeSpan.FromSeconds(60));

    /// <summary>Immediate shutdown: every session is cut at once, as when the database host dies.</summary>
    public Task StopServerAsync() => LocalCommand.RunAsync(LocalCommand.Info(bin + "/pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], Owner), TimeSpan.FromSeconds(60));

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test.
        }

        root.Delete(recursive: true);
    }
}
