namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// Where the real services started by ./test.sh live. A missing one fails the test with the fix, never skips it.
/// </summary>
public static class TestServices
{
    public static string PostgresServer => Required("HUB_TEST_POSTGRES");

    /// <summary><c>host:port</c> of the AMQP listener.</summary>
    public static (string Host, int Port) RabbitMq
    {
        get
        {
            var value = Required("HUB_TEST_RABBITMQ");
            var parts = value.Split(':');
            return (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static Uri RabbitMqManagement => new(Required("HUB_TEST_RABBITMQ_MANAGEMENT"));

    public static string Chromium => Required("HUB_TEST_CHROMIUM");

    /// <summary><c>host:port</c> of the test IMAP server (Dovecot; any user, password <c>hub</c>).</summary>
    public static (string Host, int Port) Imap => HostPort("HUB_TEST_IMAP");

    /// <summary><c>host:port</c> of the test SMTP server (Postfix, delivering <c>@hub.test</c> into Dovecot).</summary>
    public static (string Host, int Port) Smtp => HostPort("HUB_TEST_SMTP");

    static (string Host, int Port) HostPort(string variable)
    {
        var parts = Required(variable).Split(':');
        return (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run the suite with ./test.sh, which starts the services the tests need.");
}
