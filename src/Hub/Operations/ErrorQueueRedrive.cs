using System.Text;
using Hub.Messaging;
using RabbitMQ.Client;

namespace Hub.Operations;

/// <summary>
/// Lists and re-drives the messages MassTransit moved to <c>&lt;queue&gt;_error</c>: each chosen message is
/// republished, unchanged, to its input queue with publisher confirms, and only then removed from the error queue.
/// Messages not chosen are returned untouched. Only headers are read; bodies (complaint text) are never decoded.
/// </summary>
public sealed class ErrorQueueRedrive(RabbitMqSettings broker)
{
    public async Task<IReadOnlyList<FaultedMessage>> ListAsync(string inputQueue, CancellationToken cancellationToken)
    {
        var found = new List<FaultedMessage>();
        await ForEachAsync(inputQueue, (message, _) =>
        {
            found.Add(Describe(message));
            return Task.FromResult(false);
        }, cancellationToken);
        return found;
    }

    /// <summary>Moves the messages with the given ids (or all, when <paramref name="messageIds"/> is null) back; returns how many.</summary>
    public async Task<int> RedriveAsync(string inputQueue, IReadOnlySet<string>? messageIds, CancellationToken cancellationToken)
    {
        var moved = 0;
        await ForEachAsync(inputQueue, async (message, channel) =>
        {
            if (messageIds is not null && !messageIds.Contains(message.BasicProperties.MessageId ?? string.Empty))
            {
                return false;
            }

            var properties = new BasicProperties(message.BasicProperties);
            await channel.BasicPublishAsync(string.Empty, inputQueue, mandatory: true, properties, message.Body, cancellationToken);
            moved++;
            return true;
        }, cancellationToken);
        return moved;
    }

    /// <summary>Gets every message once; <paramref name="visit"/> returns true to remove it, false to put it back at the end.</summary>
    async Task ForEachAsync(string inputQueue, Func<BasicGetResult, IChannel, Task<bool>> visit, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            VirtualHost = broker.VirtualHost,
            UserName = broker.Username,
            Password = broker.Password,
        };
        await using var connection = await factory.CreateConnectionAsync("hub-redrive", cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var keep = new List<ulong>();
        try
        {
            // Held messages stay unacknowledged on this channel, so each is fetched exactly once per pass.
            while (await channel.BasicGetAsync(inputQueue + QueueSnapshot.ErrorSuffix, autoAck: false, cancellationToken) is { } message)
            {
                if (await visit(message, channel))
                {
                    await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
                }
                else
                {
                    keep.Add(message.DeliveryTag);
                }
            }
        }
        finally
        {
            foreach (var tag in keep)
            {
                await channel.BasicNackAsync(tag, multiple: false, requeue: true, CancellationToken.None);
            }
        }
    }

    static FaultedMessage Describe(BasicGetResult message)
    {
        var headers = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
        string? Header(string name) => headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => null,
            _ => value.ToString(),
        } : null;
        var faultedAt = DateTimeOffset.TryParse(Header("MT-Fault-Timestamp"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
        return new FaultedMessage(message.BasicProperties.MessageId, Header("MT-Fault-ExceptionType"), Header("MT-Fault-Message"), faultedAt);
    }
}
