namespace Hub.CaseStore.Persistence.Outbox;

/// <summary>
/// A message written in the same transaction as the state it announces, published later by
/// <see cref="OutboxRelay"/>. Its id becomes the bus MessageId, so consumers can tell redeliveries apart.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }

    /// <summary>Queue to send to (see <c>Hub.Contracts.Queues</c>); null publishes the message as an event.</summary>
    public string? Destination { get; init; }

    /// <summary>W3C traceparent of the request that wrote the row, so the trace continues after the relay picks it up.</summary>
    public string? TraceParent { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }

    /// <summary>A relay instance holds the row until then; another instance may take it over afterwards.</summary>
    public DateTime? LockedUntilUtc { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? DispatchedAtUtc { get; set; }

    /// <summary>Exception type and message of the last failed publish, for operators; never the payload.</summary>
    public string? LastError { get; set; }
}
