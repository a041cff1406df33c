using System.ComponentModel.DataAnnotations;

namespace Hub.CaseStore.Receipts;

/// <summary>Bound from <c>Hub:Receipts</c>: how many lookups one client address may make per window.</summary>
public sealed class ReceiptRateLimitOptions
{
    public const string SectionName = "Hub:Receipts";

    [Range(1, 100_000)]
    public int PermitsPerWindow { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
