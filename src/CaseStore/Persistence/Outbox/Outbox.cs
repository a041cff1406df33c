using System.Text.Json;

namespace Hub.CaseStore.Persistence.Outbox;

/// <summary>Adds messages to the outbox of the current unit of work; they are published after it commits.</summary>
public sealed class Outbox(HubDbContext db, TimeProvider clock, OutboxSignal signal)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="messageId">Stable id: the same logical message always gets the same id, so retries dedupe downstream.</param>
    /// <param name="destination">A queue from <c>Hub.Contracts.Queues</c> to send to; null publishes an event.</param>
    public void Add<T>(T message, Guid messageId, string? destination = null)
        where T : class =>
        db.OutboxMessages.Add(Row(message, messageId, destination));

    /// <summary>The row <see cref="Add"/> would add, for a writer that commits it in another unit of work.</summary>
    public OutboxMessage Row<T>(T message, Guid messageId, string? destination = null)
        where T : class
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
            Id = messageId,
            MessageType = typeof(T).AssemblyQualifiedName ?? typeof(T).FullName!,
            Payload = JsonSerializer.Serialize(message, Json),
            Destination = destination,
            TraceParent = System.Diagnostics.Activity.Current?.Id,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        };
    }

    /// <summary>Call after commit so the relay publishes now instead of at its next poll.</summary>
    public void Wake() => signal.Wake();
}
