using Hub.CaseStore.Persistence.PublishRuns;
using Hub.Ingestion.Channels.Adapters;

namespace Hub.Operations.Console;

/// <summary>Everything the operator console shows at one moment: counts, times, ids and error types, never content.</summary>
public sealed record ConsoleSnapshot(
    DateTimeOffset AtUtc,
    string QueueSource,
    IReadOnlyList<QueueSnapshot> Queues,
    string? QueueError,
    IReadOnlyList<AdapterState> Adapters,
    bool AdaptersInThisProcess,
    OutboxBacklog Outbox,
    IReadOnlyList<PublishRun> PublishRuns,
    IReadOnlyDictionary<string, IReadOnlyList<FaultedMessage>> Faults);

public sealed record OutboxBacklog(long Waiting, DateTimeOffset? OldestAtUtc, long Failing);
