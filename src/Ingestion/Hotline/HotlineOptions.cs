using System.ComponentModel.DataAnnotations;

namespace Hub.Ingestion.Hotline;

/// <summary>Bound from <c>Hub:Hotline</c>.</summary>
public sealed class HotlineOptions
{
    public const string SectionName = "Hub:Hotline";

    /// <summary>Folder the transcription system drops files into; scanning is off when unset. processed/ and failed/ are made beside the files.</summary>
    public string? DropDirectory { get; set; }

    /// <summary>A file is read only when its size and time are unchanged over one interval, so a half-written file waits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Key the transcription system sends in <c>X-Hub-Api-Key</c>; the HTTP door is closed when unset.</summary>
    [MinLength(24)]
    public string? ApiKey { get; set; }
}
