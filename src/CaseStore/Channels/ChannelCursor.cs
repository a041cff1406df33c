namespace Hub.CaseStore.Channels;

/// <summary>A door's persisted position or counter (feed high-water mark, remaining API quota, …), so restarts resume.</summary>
public sealed class ChannelCursor
{
    public required string Key { get; init; }
    public required string Value { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
