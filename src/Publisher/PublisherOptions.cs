using System.ComponentModel.DataAnnotations;

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

    /// <summary>How many earlier releases stay on disk beside the live one.</summary>
    [Range(0, 100)]
    public int KeepReleases { get; set; } = 5;
}
