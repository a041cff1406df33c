using System.Diagnostics;
using Hub.Messaging;

namespace Hub.IntegrationTests.Chaos;

/// <summary>
/// A RabbitMQ node of its own (Debian's scripts run as the current user, a temp data directory, free loopback ports),
/// so a test can crash and restart the broker without disturbing the shared one. Messages survive a restart only if they are
/// durable and persistent, which is what the test is about.
/// </summary>
sealed class DedicatedRabbitMq : IAsyncDisposable
{
    const string Scripts = "/usr/lib/rabbitmq/bin";
    readonly DirectoryInfo root = Directory.CreateTempSubdirectory("hub-chaos-rabbit-");
    readonly string node = $"hubchaos{Guid.NewGuid():N}"[..20] + "@localhost";
    readonly int port = Infrastructure.HubSettings.FreePort();
    readonly int distributionPort = Infrastructure.HubSettings.FreePort();
    Process? server;

    public RabbitMqSettings Settings => new() { Host = "127.0.0.1", Port = port };

    public Dictionary<string, string?> HubTransport() => new()
    {
        ["Hub:Transport:Kind"] = "RabbitMq",
        ["Hub:Transport:RabbitMq:Host"] = "127.0.0.1",
        ["Hub:Transport:RabbitMq:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static async Task<DedicatedRabbitMq> StartAsync()
    {
        var broker = new DedicatedRabbitMq();
        await File.WriteAllTextAsync(Path.Combine(broker.root.FullName, "rabbit.conf"), $"listeners.tcp.1 = 127.0.0.1:{broker.port}\nloopback_users = none\n");
        await broker.StartNodeAsync();
        return broker;
    }

    public async Task StartNodeAsync()
    {
        // A killed node leaves its pid file behind, and `rabbitmqctl wait` would wait on that dead pid.
        File.Delete(Path.Combine(root.FullName, "pid"));
        var start = LocalCommand.Info(Scripts + "/rabbitmq-server", []);
        foreach (var (key, value) in Environment())
        {
            start.Environment[key] = value;
        }

        server = Process.Start(start) ?? throw new InvalidOperationException("Could not start rabbitmq-server.");
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        await LocalCommand.RunAsync(Control("wait", Path.Combine(root.FullName, "pid"), "--timeout", "240"), TimeSpan.FromSeconds(250));
    }

    /// <summary>
    /// The node dies at once (kill -9), as on a power cut: only what was durable, persistent and confirmed may
    /// come back, and every client connection drops without a goodbye.
    /// </summary>
    public async Task CrashNodeAsync()
    {
        if (server is not null)
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            server.Dispose();
            server = null;
        }
    }

    ProcessStartInfo Control(params string[] arguments)
    {
        var control = LocalCommand.Info(Scripts + "/rabbitmqctl", ["-n", node, .. arguments]);
        foreach (var (key, value) in Environment())
        {
            control.Environment[key] = value;
        }

        return control;
    }

    Dictionary<string, string> Environment()
    {
        var dir = root.FullName;
        Directory.CreateDirectory(Path.Combine(dir, "mnesia"));
        Directory.CreateDirectory(Path.Combine(dir, "log"));
        return new Dictionary<string, string>
        {
            ["RABBITMQ_NODENAME"] = node,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(dir, "rabbit"),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(dir, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(dir, "log"),
            ["RABBITMQ_FEATURE_FLAGS_FILE"] = Path.Combine(dir, "feature_flags"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dir, "plugins"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(dir, "pid"),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        };
    }

    public async ValueTask DisposeAsync()
    {
        await CrashNodeAsync();
        root.Delete(recursive: true);
    }
}
