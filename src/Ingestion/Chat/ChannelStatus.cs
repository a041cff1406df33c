using System.Collections.Concurrent;

namespace Hub.Ingestion.Chat;

/// <summary>What operators see of each chat channel: whether it runs, when it last heard and spoke, how often it failed.</summary>
public sealed class ChannelStatus(TimeProvider clock)
{
    readonly ConcurrentDictionary<string, ChannelState> states = new();

    public IReadOnlyList<ChannelState> All => states.Values.OrderBy(s => s.Channel, StringComparer.Ordinal).ToList();

    public void Set(string channel, string state) => Update(channel, s => s with { State = state });

    public void Inbound(string channel) => Update(channel, s => s with { State = "running", LastInboundAtUtc = clock.GetUtcNow() });

    public void Outbound(string channel) => Update(channel, s => s with { State = "running", LastOutboundAtUtc = clock.GetUtcNow() });

    public void Error(string channel, Exception error) => Update(channel, s => s with
    {
        State = "degraded",
        ErrorCount = s.ErrorCount + 1,
        LastErrorType = error.GetType().Name,
        LastErrorAtUtc = clock.GetUtcNow(),
    });

    void Update(string channel, Func<ChannelState, ChannelState> change) =>
        states.AddOrUpdate(channel, c => change(new ChannelState(c, "starting")), (_, s) => change(s));
}

public sealed record ChannelState(
    string Channel,
    string State,
    DateTimeOffset? LastInboundAtUtc = null,
    DateTimeOffset? LastOutboundAtUtc = null,
    long ErrorCount = 0,
    string? LastErrorType = null,
    DateTimeOffset? LastErrorAtUtc = null);
