namespace Hub.CaseStore.Operations;

/// <summary>A channel adapter an operator paused; the row's presence is the pause, so it survives restarts.</summary>
public sealed class AdapterPause
{
    public required string Adapter { get; init; }
    public DateTime PausedAtUtc { get; init; }
    public required string PausedBy { get; init; }
}
