using Hub.Messaging;

namespace Hub.Cli.Bench;

/// <summary>
/// Where the benchmarks find RabbitMQ and PostgreSQL: <c>--rabbitmq host:port</c>, <c>--management url</c> and
/// <c>--postgres "connection string"</c>, else the <c>HUB_TEST_*</c> variables deploy/test/services.sh prints, else loopback defaults.
/// </summary>
public sealed record BenchSettings(RabbitMqSettings RabbitMq, Uri Management, string Postgres)
{
    public static BenchSettings From(string[] args)
    {
        var rabbit = (Option(args, "--rabbitmq") ?? Environment.GetEnvironmentVariable("HUB_TEST_RABBITMQ") ?? "127.0.0.1:5672").Split(':');
        return new BenchSettings(
            new RabbitMqSettings { Host = rabbit[0], Port = rabbit.Length > 1 ? int.Parse(rabbit[1], System.Globalization.CultureInfo.InvariantCulture) : 5672 },
            new Uri(Option(args, "--management") ?? Environment.GetEnvironmentVariable("HUB_TEST_RABBITMQ_MANAGEMENT") ?? "http://127.0.0.1:15672"),
            Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("HUB_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=hub;Password=hub");
    }

    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
