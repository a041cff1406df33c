using System.ComponentModel.DataAnnotations;

namespace Hub.CaseStore.Persistence.Outbox;

/// <summary>Bound from <c>Hub:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Hub:Outbox";

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a relay owns the rows it claimed before another instance may take them.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between publish attempts of one message; the backoff doubles up to it and keeps retrying.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);
}
