using System.Text;
using Hub.Messaging;
using RabbitMQ.Client;

namespace Hub.Operations;

/// <summary>
/// Lists and re-drives the messages MassTransit moved to <c>&lt;queue&gt;_error</c>: each chosen message is
/// republished, unchanged, to its input queue with publisher confirms, and only then removed from the error queue.
/// Messages not chosen are returned untouched. Only headers are read; bodies (complaint text) are never decoded.
/// One connection serves every call (each call has its own channel), so a console refreshing over many error
/// queues holds one connection to the broker instead of opening one per queue per refresh.
/// </summary>
public sealed class ErrorQueueRedrive(RabbitMqSettings broker) : IAsyncDisposable
{
    /// <summary>The client-provided connection name, as the broker's connection list shows it.</summary>
    public const string ConnectionName = "hub-operations";

    readonly SemaphoreSlim opening = new(1, 1);
    IConnection? connection;

    /// <param name="limit">Stops after this many, leaving the rest unread (the console shows only the first ones).</param>
    public async Task<IReadOnlyList<FaultedMessage>> ListAsync(string inputQueue, CancellationToken cancellationToken, int limit = int.MaxValue)
    {
        var found = new List<FaultedMessage>();
        await ForEachAsync(inputQueue, (message, _) =>
        {
            found.Add(Describe(message));
            return Task.FromResult(false);
        }, () => found.Count < limit, cancellationToken);
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
        }, () => true, cancellationToken);
        return moved;
    }

    /// <summary>
    /// Gets every message once (while <paramref name="more"/> holds); <paramref name="visit"/> returns true to
    /// remove it, false to put it back at the end.
    /// </summary>
    async Task ForEachAsync(string inputQueue, Func<BasicGetResult, IChannel, Task<bool>> visit, Func<bool> more, CancellationToken cancellationToken)
    {
        var shared = await ConnectionAsync(cancellationToken);
        await using var channel = await shared.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var keep = new List<ulong>();
        try
        {
            // Held messages stay unacknowledged on this channel, so each is fetched exactly once per pass.
            while (more() && await channel.BasicGetAsync(inputQueue + QueueSnapshot.ErrorSuffix, autoAck: false, cancellationToken) is { } message)
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

    /// <summary>The open shared connection; a closed one (broker restart, network) is replaced on the next call.</summary>
    async Task<IConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        await opening.WaitAsync(cancellationToken);
        try
        {
            if (connection is { IsOpen: true })
            {
                return connection;
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            var factory = new ConnectionFactory
            {
                HostName = broker.Host,
                Port = broker.Port,
                VirtualHost = broker.VirtualHost,
                UserName = broker.Username,
                Password = broker.Password,
                // Replacing a closed connection on demand is simpler than recovering channels mid-pass.
                AutomaticRecoveryEnabled = false,
            };
            connection = await factory.CreateConnectionAsync(ConnectionName, cancellationToken);
            return connection;
        }
        finally
        {
            opening.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        opening.Dispose();
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
