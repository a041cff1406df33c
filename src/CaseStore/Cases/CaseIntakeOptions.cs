using System.ComponentModel.DataAnnotations;

namespace Hub.CaseStore.Cases;

/// <summary>Bound from <c>Hub:CaseStore</c>.</summary>
public sealed class CaseIntakeOptions
{
    public const string SectionName = "Hub:CaseStore";

    /// <summary>The same canonical text from the same channel within this window is one incident.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan DuplicateTextWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Link retellings from any channel by MinHash bands, entities and the shared duplicate score (<c>hub normalize</c>'s decision).</summary>
    public bool NearDuplicateLinking { get; set; } = true;

    /// <summary>Overrides the shipped scorer's auto-link threshold (0–1); unset keeps the one chosen in training.</summary>
    [Range(0.0, 1.0)]
    public double? LinkThreshold { get; set; }

    /// <summary>Overrides the threshold above which a candidate is shown to staff as a possible duplicate (0–1, at most the link threshold).</summary>
    [Range(0.0, 1.0)]
    public double? SuggestThreshold { get; set; }
}
