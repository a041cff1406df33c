namespace Hub.Operations;

/// <summary>Where the console's queue table comes from: RabbitMQ's management API, or the database in embedded in-memory mode.</summary>
public interface IQueueSource
{
    /// <summary>Thai first, then English; tells the operator what the numbers are.</summary>
    string Label { get; }

    /// <summary>True when faulted messages wait in <c>_error</c> queues that can be listed and re-driven.</summary>
    bool HasErrorQueues { get; }

    Task<IReadOnlyList<QueueSnapshot>> QueuesAsync(CancellationToken cancellationToken);
}

sealed class RabbitMqQueueSource(RabbitMqManagement management) : IQueueSource
{
    public string Label => "คิวใน RabbitMQ (management API) / RabbitMQ queues (management API)";

    public bool HasErrorQueues => true;

    public Task<IReadOnlyList<QueueSnapshot>> QueuesAsync(CancellationToken cancellationToken) => management.QueuesAsync(cancellationToken);
}
