using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Hub.Messaging;

namespace Hub.Operations;

/// <summary>
/// The few calls of RabbitMQ's management HTTP API that the operator views need: queue depths, rates, consumers.
/// Message bodies are never requested: they hold complaint text.
/// </summary>
public sealed class RabbitMqManagement(HttpClient http, RabbitMqSettings broker)
{
    public static RabbitMqManagement Create(TransportOptions transport, Uri managementUrl)
    {
        var http = new HttpClient { BaseAddress = managementUrl, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{transport.RabbitMq.Username}:{transport.RabbitMq.Password}")));
        return new RabbitMqManagement(http, transport.RabbitMq);
    }

    public async Task<IReadOnlyList<QueueSnapshot>> QueuesAsync(CancellationToken cancellationToken)
    {
        var vhost = Uri.EscapeDataString(broker.VirtualHost);
        var queues = await http.GetFromJsonAsync<List<QueueInfo>>(
            $"api/queues/{vhost}?columns=name,messages_ready,messages_unacknowledged,consumers,message_stats,head_message_timestamp",
            cancellationToken) ?? [];
        return queues
            .Where(q => !q.Name.Contains("_bus_", StringComparison.Ordinal))
            .Select(q => new QueueSnapshot(
                q.Name,
                q.MessagesReady,
                q.MessagesUnacknowledged,
                q.Consumers,
                q.MessageStats?.PublishDetails?.PerSecond ?? 0,
                q.MessageStats?.DeliverGetDetails?.PerSecond ?? 0,
                q.HeadMessageTimestamp is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null))
            .OrderBy(q => q.InputQueue, StringComparer.Ordinal)
            .ThenBy(q => q.Name.Length)
            .ToList();
    }

    sealed record QueueInfo(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("messages_ready")] long MessagesReady,
        [property: JsonPropertyName("messages_unacknowledged")] long MessagesUnacknowledged,
        [property: JsonPropertyName("consumers")] int Consumers,
        [property: JsonPropertyName("message_stats")] MessageStats? MessageStats,
        [property: JsonPropertyName("head_message_timestamp")] long? HeadMessageTimestamp);

    sealed record MessageStats(
        [property: JsonPropertyName("publish_details")] Rate? PublishDetails,
        [property: JsonPropertyName("deliver_get_details")] Rate? DeliverGetDetails);

    sealed record Rate([property: JsonPropertyName("rate")] double PerSecond);
}
