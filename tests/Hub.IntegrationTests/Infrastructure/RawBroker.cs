using System.Text;
using Hub.Messaging;
using RabbitMQ.Client;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Plain AMQP access for tests that need to place or read messages without MassTransit.</summary>
public sealed class RawBroker : IAsyncDisposable
{
    readonly IConnection connection;
    readonly IChannel channel;

    RawBroker(IConnection connection, IChannel channel)
    {
        this.connection = connection;
        this.channel = channel;
    }

    public static async Task<RawBroker> ConnectAsync(RabbitMqSettings broker)
    {
        var factory = new ConnectionFactory { HostName = broker.Host, Port = broker.Port, VirtualHost = broker.VirtualHost, UserName = broker.Username, Password = broker.Password };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new RawBroker(connection, channel);
    }

    public async Task DeclareAsync(params string[] queues)
    {
        foreach (var queue in queues)
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        }
    }

    public async Task PublishAsync(string queue, string messageId, string header, string value)
    {
        var properties = new BasicProperties { MessageId = messageId, Persistent = true, Headers = new Dictionary<string, object?> { [header] = Encoding.UTF8.GetBytes(value) } };
        await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, Encoding.UTF8.GetBytes("{}"));
    }

    public async Task<List<string>> DrainIdsAsync(string queue)
    {
        var ids = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            ids.Add(message.BasicProperties.MessageId ?? "");
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
