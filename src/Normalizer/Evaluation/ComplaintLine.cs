using System.Text.Json.Serialization;

namespace Hub.Normalizer.Evaluation;

/// <summary>One line of complaints-dev/complaints.jsonl: a raw message as a channel delivered it.</summary>
public sealed record ComplaintLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("reporter")] ReporterLine? Reporter,
    [property: JsonPropertyName("location")] LocationLine? Location);

public sealed record ReporterLine(
    [property: JsonPropertyName("anonymous")] bool? Anonymous,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("line_user_id")] string? LineUserId,
    [property: JsonPropertyName("telegram_chat_id")] long? TelegramChatId)
{
    /// <summary>A stable key for the same reporter across channels, as the identity vault's pseudonym would be.</summary>
    public string? Key =>
        Phone is { Length: > 0 } ? "phone:" + new string(Phone.Where(char.IsAsciiDigit).ToArray())
        : Email is { Length: > 0 } ? "email:" + Email.ToLowerInvariant()
        : LineUserId ?? (TelegramChatId is { } chat ? "telegram:" + chat : null);
}

public sealed record LocationLine(
    [property: JsonPropertyName("district")] string? District,
    [property: JsonPropertyName("lat")] double? Lat,
    [property: JsonPropertyName("lon")] double? Lon);

/// <summary>One line of labels.jsonl: the gold reading of a complaint.</summary>
public sealed record LabelLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("is_corruption")] bool IsCorruption,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("dup_group")] string DupGroup,
    [property: JsonPropertyName("pii")] IReadOnlyList<string> Pii);

/// <summary>One line of <c>hub normalize --out</c>: the evaluation contract.</summary>
public sealed record ResultLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("is_corruption")] bool IsCorruption,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("pii")] IReadOnlyList<string> Pii);
