using Hub.Ingestion.Channels.Adapters;

namespace Hub.Tests.Operations;

public class ChannelAdapterRegistryTests
{
    [Fact]
    public async Task The_gate_holds_a_paused_adapter_until_it_is_resumed_and_lets_others_through()
    {
        var registry = new ChannelAdapterRegistry(TimeProvider.System);
        registry.Register("email:complaints", pulling: true);
        registry.ApplyPauses(new HashSet<string> { "email:complaints" });

        var held = registry.WaitWhilePausedAsync("email:complaints", CancellationToken.None);
        await registry.WaitWhilePausedAsync("telegram", CancellationToken.None);
        Assert.False(held.IsCompleted);
        Assert.Equal(AdapterStatus.Paused, registry.Of("email:complaints")!.Shown);

        registry.ApplyPauses(new HashSet<string>());
        await held.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(registry.IsPaused("email:complaints"));
    }

    [Fact]
    public void Failures_open_the_circuit_until_the_retry_and_a_successful_fetch_closes_it()
    {
        var registry = new ChannelAdapterRegistry(TimeProvider.System);
        var retryAt = DateTimeOffset.UtcNow.AddSeconds(30);
        registry.Failed("telegram", new TimeoutException(), retryAt);
        registry.Failed("telegram", new TimeoutException(), retryAt);

        var failing = registry.Of("telegram")!;
        Assert.Equal((AdapterStatus.Failing, 2, 2L, "TimeoutException", (DateTimeOffset?)retryAt),
            (failing.Status, failing.ConsecutiveFailures, failing.ErrorCount, failing.LastErrorType, failing.CircuitOpenUntil));

        registry.Polled("telegram");
        var running = registry.Of("telegram")!;
        Assert.Equal((AdapterStatus.Running, 0, 2L, (DateTimeOffset?)null), (running.Status, running.ConsecutiveFailures, running.ErrorCount, running.CircuitOpenUntil));
    }
}
