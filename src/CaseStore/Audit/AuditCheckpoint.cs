using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.CaseStore.Audit;

/// <summary>
/// A signed statement "the audit chain had <see cref="Entries"/> entries and its head was <see cref="Head"/> at
/// <see cref="AtUtc"/>". Kept outside the database (the checkpoint file, the public site, the open data), it anchors the
/// chain: the database may later hold more entries, never fewer, and entry <see cref="Entries"/> must still hash to
/// <see cref="Head"/>.
/// </summary>
public sealed record AuditCheckpoint(
    [property: JsonPropertyName("entries")] long Entries,
    [property: JsonPropertyName("head")] string Head,
    [property: JsonPropertyName("at")] DateTime AtUtc,
    [property: JsonPropertyName("signature")] string Signature)
{
    static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true };

    public static AuditCheckpoint Sign(AuditChainKey key, long entries, string head, DateTime atUtc) =>
        new(entries, head, Whole(atUtc), key.Mac(Signed(entries, head, Whole(atUtc))));

    /// <summary>False for a checkpoint made with another key, or edited after signing (say, to hide a truncation).</summary>
    public bool IsSignedBy(AuditChainKey key) => key.Matches(Signed(Entries, Head, Whole(AtUtc)), Signature);

    public string ToJsonLine() => JsonSerializer.Serialize(this);

    public string ToJson() => JsonSerializer.Serialize(this, Pretty);

    /// <summary>
    /// Reads the last checkpoint of <paramref name="path"/>: one JSON object (a published <c>audit-checkpoint.json</c>)
    /// or a file of JSON lines (the checkpoint file); null when the file does not exist or holds none.
    /// </summary>
    public static AuditCheckpoint? ReadLast(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AuditCheckpoint>(text);
        }
        catch (JsonException)
        {
            var last = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
            return JsonSerializer.Deserialize<AuditCheckpoint>(last);
        }
    }

    // The purpose prefix keeps a checkpoint signature from ever being mistaken for a chain link, and vice versa.
    static string Signed(long entries, string head, DateTime atUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"hub-audit-checkpoint\n{entries}\n{head}\n{atUtc:yyyy-MM-ddTHH:mm:ss.fffZ}");

    static DateTime Whole(DateTime at)
    {
        var utc = at.Kind == DateTimeKind.Utc ? at : DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc);
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }
}
