using System.ComponentModel.DataAnnotations;

namespace Hub.CaseStore.Evidence;

/// <summary>Bound from <c>Hub:Evidence</c>.</summary>
public sealed class EvidenceOptions
{
    public const string SectionName = "Hub:Evidence";

    [Required]
    public string Directory { get; set; } = "var/evidence";

    [Range(1, 1L << 34)]
    public long MaxFileBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Media types a channel may store; anything else is refused with a clear reason.</summary>
    public string[] AllowedContentTypes { get; set; } =
    [
        "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "application/pdf", "text/plain",
        "audio/mpeg", "audio/mp4", "audio/aac", "video/mp4", "message/rfc822",
        "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ];
}
