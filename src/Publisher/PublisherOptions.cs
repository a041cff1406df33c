using System.ComponentModel.DataAnnotations;
using Hub.Publisher.Targets;

namespace Hub.Publisher;

/// <summary>Bound from <c>Hub:Publisher</c>.</summary>
public sealed class PublisherOptions
{
    public const string SectionName = "Hub:Publisher";

    [Required]
    public string OutputDirectory { get; set; } = "var/public";

    /// <summary>Quartz cron (seconds first), Asia/Bangkok time. Default: at the top of every hour.</summary>
    [Required]
    public string StatisticsCron { get; set; } = "0 0 * * * ?";

    /// <summary>The monthly ITA snapshot, which also pushes the open data to CKAN. Default: 1st of the month, 01:00 Bangkok.</summary>
    [Required]
    public string ItaSnapshotCron { get; set; } = "0 0 1 1 * ?";

    /// <summary>How many earlier releases stay on disk beside the live one.</summary>
    [Range(0, 100)]
    public int KeepReleases { get; set; } = 5;

    /// <summary>k of regulation.md SDC-1: breakdown cells from 1 to k−1 are hidden.</summary>
    [Range(2, 100)]
    public int MinimumCellCount { get; set; } = 5;

    /// <summary>Where the channels page sends reporters (ITA-2).</summary>
    [Required]
    public string ComplaintFormUrl { get; set; } = "/";

    [Range(1, 10)]
    public int PushAttempts { get; set; } = 4;

    /// <summary>First wait before a retry; doubled for each further attempt.</summary>
    public TimeSpan PushRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public HttpPutOptions Http { get; set; } = new();
    public CkanOptions Ckan { get; set; } = new();
}
