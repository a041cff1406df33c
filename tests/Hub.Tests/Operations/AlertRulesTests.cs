using Hub.CaseStore.Persistence.PublishRuns;
using Hub.Ingestion.Channels.Adapters;
using Hub.Operations;
using Hub.Operations.Alerts;
using Hub.Operations.Console;

namespace Hub.Tests.Operations;

public class AlertRulesTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    static readonly AlertOptions Thresholds = new()
    {
        QueueDepth = 100, OldestMessageAge = TimeSpan.FromMinutes(10), FaultedMessages = 1,
        AdapterSilentFor = TimeSpan.FromMinutes(15), AdapterFailuresInARow = 3, PublishOverdueAfter = TimeSpan.FromHours(2),
    };

    static ConsoleSnapshot Snapshot(
        IReadOnlyList<QueueSnapshot>? queues = null, IReadOnlyList<AdapterState>? adapters = null, IReadOnlyList<PublishRun>? runs = null, string? queueError = null) =>
        new(Now, "test", queues ?? [], queueError, adapters ?? [], true, new OutboxBacklog(0, null, 0),
            runs ?? [new PublishRun { Target = "ckan", Outcome = "succeeded", FinishedAtUtc = Now.UtcDateTime.AddMinutes(-30) }],
            new Dictionary<string, IReadOnlyList<FaultedMessage>>());

    static string[] Keys(ConsoleSnapshot snapshot) => AlertRules.Evaluate(snapshot, Thresholds, watchingSince: Now.AddHours(-3)).Select(c => c.Key).Order().ToArray();

    [Fact]
    public void A_healthy_hub_raises_nothing() =>
        Assert.Empty(Keys(Snapshot(
            [new("normalizer", 99, 0, 1, 5, 5, Now.AddMinutes(-9)), new("normalizer_error", 0, 0, 0, 0, 0, null)],
            [new AdapterState("email:complaints", Pulling: true, AdapterStatus.Running, LastPolledAtUtc: Now.AddMinutes(-1)), new AdapterState("webform", Pulling: false)])));

    [Fact]
    public void Each_threshold_raises_its_own_condition()
    {
        var keys = Keys(Snapshot(
            [new("normalizer", 100, 0, 1, 5, 5, Now.AddMinutes(-10)), new("normalizer_error", 2, 0, 0, 0, 0, Now.AddMinutes(-1))],
            [
                new AdapterState("email:complaints", Pulling: true, AdapterStatus.Running, LastPolledAtUtc: Now.AddMinutes(-16)),
                new AdapterState("telegram", Pulling: true, AdapterStatus.Failing, LastPolledAtUtc: Now, ConsecutiveFailures: 3),
            ],
            [new PublishRun { Target = "ckan", Outcome = "failed", FinishedAtUtc = Now.UtcDateTime }]));

        Assert.Equal(["adapter-failing:telegram", "adapter-silent:email:complaints", "faulted:normalizer", "publish-overdue", "queue-age:normalizer", "queue-depth:normalizer"], keys);
    }

    [Fact]
    public void A_paused_adapter_is_not_silent_and_an_unreadable_broker_is_its_own_condition()
    {
        var keys = Keys(Snapshot(
            adapters: [new AdapterState("email:complaints", Pulling: true, AdapterStatus.Running, LastPolledAtUtc: Now.AddHours(-3), Paused: true)],
            queueError: "HttpRequestException"));

        Assert.Equal(["queues-unreadable"], keys);
    }
}
