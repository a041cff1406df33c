using System.Diagnostics;
using Hub.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Hub.Cli.Bench;

/// <summary>
/// The ceiling Hub is measured against: persistent messages of the pipeline's size published with confirms
/// through one durable queue and consumed with acknowledgements, RabbitMQ.Client directly, no Hub code.
/// </summary>
public static class BareBrokerBench
{
    const int InFlight = 256;

    public static async Task<double> MessagesPerSecondAsync(RabbitMqSettings broker, int count, int size)
    {
        var factory = new ConnectionFactory { HostName = broker.Host, Port = broker.Port, VirtualHost = broker.VirtualHost, UserName = broker.Username, Password = broker.Password };
        await using var connection = await factory.CreateConnectionAsync("hub-bench-bare");
        await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var consumer = await connection.CreateChannelAsync();
        var queue = "bench-bare-" + Guid.NewGuid().ToString("N")[..8];
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await consumer.BasicQosAsync(0, 100, false);
        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var receiver = new AsyncEventingBasicConsumer(consumer);
        receiver.ReceivedAsync += async (_, delivery) =>
        {
            await consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref received) == count)
            {
                done.TrySetResult();
            }
        };
        await consumer.BasicConsumeAsync(queue, autoAck: false, receiver);

        var body = new byte[size];
        Random.Shared.NextBytes(body);
        var properties = new BasicProperties { Persistent = true };
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>(InFlight);
        for (var i = 0; i < count; i++)
        {
            pending.Add(publisher.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body).AsTask());
            if (pending.Count == InFlight)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }

        await Task.WhenAll(pending);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var rate = count / clock.Elapsed.TotalSeconds;
        await publisher.QueueDeleteAsync(queue);
        return rate;
    }
}
