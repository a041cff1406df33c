using System.Globalization;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Configuration every test host gets: its own files under a temp folder and fast outbox polling.</summary>
public static class HubSettings
{
    public static Dictionary<string, string?> Embedded(TempDirectory directory) => new()
    {
        ["Hub:Database:Provider"] = "Sqlite",
        ["Hub:Database:ConnectionString"] = $"Data Source={directory["hub.db"]}",
        ["Hub:Publisher:OutputDirectory"] = directory["public"],
        ["Hub:IdentityVault:DevelopmentKeyFile"] = directory["keys/identity-vault.json"],
        ["Hub:Audit:DevelopmentKeyFile"] = directory["keys/audit-chain.key"],
        ["Hub:Audit:CheckpointFile"] = directory["audit/checkpoints.jsonl"],
        ["Hub:Outbox:PollInterval"] = "00:00:00.100",
        ["Hub:Outbox:MaxBackoff"] = "00:00:02",
        // Tests poll receipts; the rate limit itself is tested with its own low setting.
        ["Hub:Receipts:PermitsPerWindow"] = "100000",
        // Tests sign many accounts in from one address; the per-address throttle is tested with its own low setting.
        ["Hub:SignIn:PermitsPerWindow"] = "100000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public static Dictionary<string, string?> Postgres(this Dictionary<string, string?> settings, PostgresDatabase database)
    {
        settings["Hub:Database:Provider"] = "Postgres";
        settings["Hub:Database:ConnectionString"] = database.ConnectionString;
        return settings;
    }

    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, IReadOnlyDictionary<string, string?> more)
    {
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static string[] AsArguments(IReadOnlyDictionary<string, string?> settings) =>
        settings.Select(s => string.Create(CultureInfo.InvariantCulture, $"--{s.Key}={s.Value}")).ToArray();

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
