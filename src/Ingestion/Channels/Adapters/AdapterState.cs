namespace Hub.Ingestion.Channels.Adapters;

/// <summary>What an operator sees of one channel adapter. Counts, times and error type names only, never content.</summary>
/// <param name="Pulling">True when Hub fetches from the source (IMAP, getUpdates, folder); false for doors the source calls.</param>
/// <param name="Detail">A short adapter-specific note, e.g. "idle" for a mailbox in IMAP IDLE.</param>
/// <param name="CircuitOpenUntil">Set while the adapter backs off after failures and will not try before then.</param>
/// <param name="Holding">The adapter's loop is parked at the pause gate: it will not fetch until resumed.</param>
/// <param name="LastPolledAtUtc">The end of the last successful fetch from the source; its age is the adapter's lag.</param>
public sealed record AdapterState(
    string Name,
    bool Pulling,
    AdapterStatus Status = AdapterStatus.Starting,
    string? Detail = null,
    DateTimeOffset? LastMessageAtUtc = null,
    DateTimeOffset? LastPolledAtUtc = null,
    DateTimeOffset? LastSentAtUtc = null,
    long Received = 0,
    long Rejected = 0,
    long ErrorCount = 0,
    int ConsecutiveFailures = 0,
    string? LastErrorType = null,
    DateTimeOffset? LastErrorAtUtc = null,
    DateTimeOffset? CircuitOpenUntil = null,
    int Reconnects = 0,
    bool Paused = false,
    bool Holding = false)
{
    /// <summary>What the console shows: a paused adapter is paused whatever it was doing.</summary>
    public AdapterStatus Shown => Paused ? AdapterStatus.Paused : Status;

    public TimeSpan? Lag(DateTimeOffset now) => Pulling && LastPolledAtUtc is { } at ? now - at : null;
}

public enum AdapterStatus
{
    Starting,
    Running,
    Paused,
    Failing,
    Disabled,
}
